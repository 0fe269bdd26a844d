// Dropped or picked files sorted by kind: calendars, messages and cards, read as bytes. A file too
// large or of another kind is reported, never read.
import { AppError } from '@shared/errors'
import { MAX_CALENDAR_BYTES, MAX_EMAIL_BYTES, MAX_VCARD_BYTES } from '@shared/capture/limits'
import type { PickedFile } from '@renderer/platform'

export type CaptureKind = 'calendar' | 'email' | 'vcard'

const KINDS: Record<string, { kind: CaptureKind; max: number }> = {
  ics: { kind: 'calendar', max: MAX_CALENDAR_BYTES },
  eml: { kind: 'email', max: MAX_EMAIL_BYTES },
  msg: { kind: 'email', max: MAX_EMAIL_BYTES },
  vcf: { kind: 'vcard', max: MAX_VCARD_BYTES }
}

export function captureKindOf(name: string): CaptureKind | null {
  return KINDS[name.split('.').pop()?.toLowerCase() ?? '']?.kind ?? null
}

export async function readDroppedFile(file: File): Promise<{ kind: CaptureKind; picked: PickedFile }> {
  const known = KINDS[file.name.split('.').pop()?.toLowerCase() ?? '']
  if (!known) throw new AppError('capture.errors.unsupported')
  if (file.size > known.max)
    throw new AppError('capture.errors.tooLarge', { megabytes: Math.round(known.max / 1024 / 1024) })
  return { kind: known.kind, picked: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } }
}
