// Unsaved form work kept across a closed window (event mode): one record per key, replaced whole.
// Each change is also mirrored synchronously in localStorage: an IndexedDB write started as the
// window closes may never land, a localStorage write is done when setItem returns. The mirror is
// dropped once the database holds the same work, so it lives only for the moments in between.
import { draftSchema, parseOrThrow } from '@shared/schemas'
import { db } from '../schema'
import { nowIso } from './records'

const MIRROR_PREFIX = 'relais.draft.'

interface Mirror {
  value: unknown
  updatedAt: string
}

function readMirror(key: string): Mirror | null {
  try {
    const text = localStorage.getItem(MIRROR_PREFIX + key)
    const parsed: unknown = text ? JSON.parse(text) : null
    if (parsed && typeof parsed === 'object' && 'value' in parsed && 'updatedAt' in parsed) {
      const { value, updatedAt } = parsed
      if (typeof updatedAt === 'string') return { value, updatedAt }
    }
  } catch {
    // unreadable or no storage: the database copy stands
  }
  return null
}

/** The draft as last typed: the mirror when it is newer than the database's copy. */
export async function getDraft(key: string): Promise<unknown> {
  const stored = await db().drafts.get(key)
  const mirror = readMirror(key)
  if (mirror && (!stored || mirror.updatedAt > stored.updatedAt)) return mirror.value
  return stored?.value
}

/** Synchronous copy of a change, written at once (the database write follows). */
export function mirrorDraft(key: string, value: unknown | null): void {
  try {
    localStorage.setItem(MIRROR_PREFIX + key, JSON.stringify({ value, updatedAt: nowIso() }))
  } catch {
    // storage full or refused: the database write still runs
  }
}

export function dropDraftMirror(key: string): void {
  try {
    localStorage.removeItem(MIRROR_PREFIX + key)
  } catch {
    // nothing to drop
  }
}

/** Rewrites every mirror (an erasure): `change` returns the value kept, or null to drop it. */
export function rewriteDraftMirrors(change: (value: unknown) => unknown): void {
  let keys: string[] = []
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(MIRROR_PREFIX))
  } catch {
    return
  }
  for (const stored of keys) {
    const key = stored.slice(MIRROR_PREFIX.length)
    const mirror = readMirror(key)
    const next = mirror ? change(mirror.value) : null
    if (next === null) dropDraftMirror(key)
    else if (mirror && next !== mirror.value)
      localStorage.setItem(stored, JSON.stringify({ value: next, updatedAt: mirror.updatedAt }))
  }
}

export async function saveDraft(key: string, value: unknown): Promise<void> {
  await db().drafts.put(parseOrThrow(draftSchema, { key, value, updatedAt: nowIso() }))
}

export async function deleteDraft(key: string): Promise<void> {
  dropDraftMirror(key)
  await db().drafts.delete(key)
}
