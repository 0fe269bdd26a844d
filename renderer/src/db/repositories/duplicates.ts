// « Doublons possibles »: the pairs of live companies or people the merge rules propose, minus
// those the officer said are « Pas un doublon ».
import {
  findContactPairs,
  findOrganizationPairs,
  pairKey,
  type DuplicatePair
} from '@shared/merge/duplicates'
import { db } from '../schema'
import { nowIso } from './records'

type Entity = 'organization' | 'contact'

async function dismissedKeys(entity: Entity): Promise<Set<string>> {
  const rows = await db().notDuplicates.where('entity').equals(entity).toArray()
  return new Set(rows.map((r) => r.key))
}

/** Oldest first, so that a pair always reads the same way (ids are random, a table's order is theirs). */
const oldestFirst = <T extends { createdAt: string; id: string }>(records: T[]): T[] =>
  records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))

export async function listOrganizationPairs(): Promise<DuplicatePair[]> {
  const organizations = oldestFirst(await db().organizations.toArray())
  return findOrganizationPairs(organizations, await dismissedKeys('organization'))
}

export async function listContactPairs(): Promise<DuplicatePair[]> {
  return findContactPairs(oldestFirst(await db().contacts.toArray()), await dismissedKeys('contact'))
}

/** « Pas un doublon »: the pair is never proposed again. */
export async function markNotDuplicate(entity: Entity, firstId: string, secondId: string): Promise<void> {
  await db().notDuplicates.put({ key: pairKey(firstId, secondId), entity, firstId, secondId, at: nowIso() })
}
