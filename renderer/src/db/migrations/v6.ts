import type { Transaction } from 'dexie'
import type { BoardCard, Opportunity } from '@shared/schemas'
import { storesChangedAt } from '@shared/db/table-spec'
import { TABLES } from '@shared/db/tables'
import type { Migration } from './index'

/** A file's board fields as version 6 copies them: a shipped version never changes. */
const cardAtV6 = (file: Opportunity): BoardCard => ({
  id: file.id,
  organizationId: file.organizationId,
  title: file.title,
  stageId: file.stageId,
  requestedCents: file.requestedCents,
  authorizedCents: file.authorizedCents,
  probability: file.probability,
  stageEnteredAt: file.stageEnteredAt,
  updatedAt: file.updatedAt,
  outcome: file.outcome,
  lostReason: file.lostReason,
  organization: file.organization ?? null
})

// Version 6 adds boardCards, a copy of each live file's board fields that the database keeps from
// then on (boardCardsMirror.ts), and fills it from the files. A restored older backup runs this
// too, in a transaction over the backed-up tables only: its files were copied as they were
// written, so there is nothing to fill then.
async function copyBoardCards(tx: Transaction): Promise<void> {
  if (!tx.storeNames.includes('boardCards')) return
  const files = await tx.table<Opportunity, string>('opportunities').toArray()
  const cards = tx.table<BoardCard, string>('boardCards')
  await cards.clear()
  await cards.bulkPut(files.filter((file) => file.deletedAt === null).map(cardAtV6))
}

export const v6: Migration = { version: 6, stores: storesChangedAt(TABLES, 6), upgrade: copyBoardCards }
