// Refuse to open a profile last written by a newer Relais or a newer Electron: an older Chromium
// can wipe an IndexedDB written by a newer one (electron #24882). Each start stamps the profile
// with the versions that opened it, written atomically. A stamp that is unreadable, or missing from
// a profile that holds data, says nothing about who wrote the data: 'unknown', and main asks the
// person before opening (it used to count as a new profile and re-stamp it silently).
import { z } from 'zod'

const stampSchema = z.object({ appVersion: z.string(), electronVersion: z.string() })
export type ProfileStamp = z.infer<typeof stampSchema>

/** Compares dotted numeric versions ("41.10.7"); pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[.+-]/)
      .slice(0, 3)
      .map((part) => Number.parseInt(part, 10) || 0)
  const [left, right] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}

export function isNewerProfile(stored: ProfileStamp, current: ProfileStamp): boolean {
  return (
    compareVersions(stored.appVersion, current.appVersion) > 0 ||
    compareVersions(stored.electronVersion, current.electronVersion) > 0
  )
}

export interface ProfileFs {
  readFile(path: string): Promise<string>
  writeFileAtomic(path: string, data: string): Promise<void>
  /** Whether the profile already holds data (its IndexedDB folder has something in it). */
  profileHasData(): Promise<boolean>
}

const isMissing = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ENOENT'

async function readStamp(fs: ProfileFs, file: string): Promise<ProfileStamp | 'missing' | 'unreadable'> {
  let text: string
  try {
    text = await fs.readFile(file)
  } catch (error) {
    return isMissing(error) ? 'missing' : 'unreadable'
  }
  try {
    const parsed = stampSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

export type ProfileCheck = 'ok' | 'newer' | 'unknown'

/**
 * 'newer' and 'unknown' leave the profile untouched ('unknown': ask, then stampProfile if the
 * person opens it anyway); 'ok' stamps it with the current versions.
 */
export async function checkProfile(
  fs: ProfileFs,
  file: string,
  current: ProfileStamp
): Promise<ProfileCheck> {
  const stored = await readStamp(fs, file)
  if (stored === 'unreadable') return 'unknown'
  // No stamp: a new profile, or data whose stamp was lost
  if (stored === 'missing' && (await fs.profileHasData())) return 'unknown'
  if (stored !== 'missing' && isNewerProfile(stored, current)) return 'newer'
  await stampProfile(fs, file, current)
  return 'ok'
}

export function stampProfile(fs: ProfileFs, file: string, current: ProfileStamp): Promise<void> {
  return fs.writeFileAtomic(file, JSON.stringify(current))
}
