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

export async function listOrganizationPairs(): Promise<DuplicatePair[]> {
  return findOrganizationPairs(await db().organizations.toArray(), await dismissedKeys('organization'))
}

export async function listContactPairs(): Promise<DuplicatePair[]> {
  return findContactPairs(await db().contacts.toArray(), await dismissedKeys('contact'))
}

/** « Pas un doublon »: the pair is never proposed again. */
export async function markNotDuplicate(entity: Entity, firstId: string, secondId: string): Promise<void> {
  await db().notDuplicates.put({ key: pairKey(firstId, secondId), entity, firstId, secondId, at: nowIso() })
}
