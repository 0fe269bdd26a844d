import type { z } from 'zod'
import { lazySchema } from './lazy'
import { opportunitySchema, type Opportunity } from './opportunity'

/**
 * What the pipeline board reads of a live file: a copy of these fields kept in its own table by
 * the database (renderer/src/db/boardCardsMirror.ts), a third of the file's size to read and
 * deserialise when the board opens on thousands of files.
 */
export const boardCardSchema = lazySchema(() =>
  opportunitySchema.pick({
    id: true,
    organizationId: true,
    title: true,
    stageId: true,
    requestedCents: true,
    authorizedCents: true,
    probability: true,
    stageEnteredAt: true,
    updatedAt: true,
    outcome: true,
    lostReason: true,
    organization: true
  })
)

export type BoardCard = z.infer<typeof boardCardSchema>

/** A live file's card: the fields above, nothing else. */
export function boardCardOf(file: Opportunity): BoardCard {
  return {
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
  }
}
