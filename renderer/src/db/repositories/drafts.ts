// Unsaved form work kept across a closed window (event mode): one record per key, replaced whole.
import { draftSchema, parseOrThrow } from '@shared/schemas'
import { db } from '../schema'
import { nowIso } from './records'

export async function getDraft(key: string): Promise<unknown> {
  return (await db().drafts.get(key))?.value
}

export async function saveDraft(key: string, value: unknown): Promise<void> {
  await db().drafts.put(parseOrThrow(draftSchema, { key, value, updatedAt: nowIso() }))
}

export async function deleteDraft(key: string): Promise<void> {
  await db().drafts.delete(key)
}
