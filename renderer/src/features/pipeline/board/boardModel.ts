// What the board shows, built so that a move re-renders only what changed: card models are reused
// while their file is unchanged, and a column keeps its model (and so skips rendering) while its
// cards are the same (and is sorted again only then). With 3,000 files a drop re-renders two
// columns and one card.
import { useMemo, useRef } from 'react'
import { groupByStage, stageAmountCents, weightedCents, type Totals } from '@shared/domain/pipeline'
import { compareText } from '@shared/domain/text'
import type { Opportunity, Organization, PipelineStage } from '@shared/schemas'

export interface CardModel {
  file: Opportunity
  /** The stage the card shows: the file's, or the one it is being moved to. */
  stageId: string
  /** On its way to that stage: shown there before the write has finished. */
  moving: boolean
  company: string
  amountCents: number
}

export interface ColumnModel {
  stage: PipelineStage
  cards: CardModel[]
  totals: Totals
}

function byAmountThenCompany(a: CardModel, b: CardModel): number {
  return (
    b.amountCents - a.amountCents ||
    compareText(a.company, b.company) ||
    compareText(a.file.title, b.file.title)
  )
}

/** The same card models as `cards`, in any order: the column's sorted list still holds. */
function sameMembers(column: ColumnModel, cards: CardModel[]): boolean {
  if (column.cards.length !== cards.length) return false
  const members = new Set(column.cards)
  return cards.every((card) => members.has(card))
}

export function totalsOfCards(cards: CardModel[]): Totals {
  let totalCents = 0
  let weighted = 0
  for (const card of cards) {
    totalCents += card.amountCents
    weighted += weightedCents(card.amountCents, card.file.probability)
  }
  return { count: cards.length, totalCents, weightedCents: weighted }
}

export function useBoardColumns(
  files: Opportunity[],
  organizations: Map<string, Organization>,
  stages: PipelineStage[],
  pending: ReadonlyMap<string, string>
): { columns: ColumnModel[]; unknown: CardModel[] } {
  const cardCache = useRef(new Map<string, CardModel>())
  const columnCache = useRef(new Map<string, ColumnModel>())
  return useMemo(() => {
    const byId = new Map(stages.map((s) => [s.id, s]))
    const cards = new Map<string, CardModel>()
    for (const file of files) {
      const stageId = pending.get(file.id) ?? file.stageId
      const moving = pending.has(file.id)
      const company = organizations.get(file.organizationId)?.name ?? ''
      const previous = cardCache.current.get(file.id)
      const same =
        previous?.file.updatedAt === file.updatedAt &&
        previous.stageId === stageId &&
        previous.moving === moving &&
        previous.company === company
      cards.set(
        file.id,
        same
          ? previous
          : { file, stageId, moving, company, amountCents: stageAmountCents(file, byId.get(stageId)) }
      )
    }
    cardCache.current = cards
    const groups = groupByStage([...cards.values()], stages)
    const columns = stages.map((stage) => {
      const members = groups.byStage.get(stage.id) ?? []
      const previous = columnCache.current.get(stage.id)
      // A move changes two columns: the others keep their model without sorting again (a sort of
      // a busy column compares names with the collator thousands of times)
      if (previous && previous.stage === stage && sameMembers(previous, members)) return previous
      const list = members.sort(byAmountThenCompany)
      return { stage, cards: list, totals: totalsOfCards(list) }
    })
    columnCache.current = new Map(columns.map((c) => [c.stage.id, c]))
    return { columns, unknown: groups.unknown }
  }, [files, organizations, stages, pending])
}
