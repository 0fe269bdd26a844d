// What the board shows, built so that a move re-renders only what changed: card models are reused
// while their file is unchanged, and a column keeps its model (and so skips rendering) while its
// cards are the same (and is sorted again only then). With 3,000 files a drop re-renders two
// columns and one card.
import { useMemo, useRef } from 'react'
import { groupByStage, stageAmountCents, weightedCents, type Totals } from '@shared/domain/pipeline'
import { compareText } from '@shared/domain/text'
import type { PipelineOrganization } from '@shared/domain/pipeline-filters'
import type { BoardCard, PipelineStage } from '@shared/schemas'

export interface CardModel {
  file: BoardCard
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

interface Board {
  files: BoardCard[]
  organizations: ReadonlyMap<string, PipelineOrganization>
  stages: PipelineStage[]
  pending: ReadonlyMap<string, string>
  cards: Map<string, CardModel>
  columns: ColumnModel[]
  unknown: CardModel[]
}

function cardOf(
  file: BoardCard,
  board: Pick<Board, 'organizations' | 'pending'>,
  stageById: Map<string, PipelineStage>,
  previous: CardModel | undefined
): CardModel {
  const stageId = board.pending.get(file.id) ?? file.stageId
  const moving = board.pending.has(file.id)
  const company = board.organizations.get(file.organizationId)?.name ?? ''
  const same =
    previous?.file.updatedAt === file.updatedAt &&
    previous.stageId === stageId &&
    previous.moving === moving &&
    previous.company === company
  return same
    ? previous
    : { file, stageId, moving, company, amountCents: stageAmountCents(file, stageById.get(stageId)) }
}

function build(next: Omit<Board, 'cards' | 'columns' | 'unknown'>, before: Board | null): Board {
  const stageById = new Map(next.stages.map((s) => [s.id, s]))
  const cards = new Map<string, CardModel>()
  for (const file of next.files) cards.set(file.id, cardOf(file, next, stageById, before?.cards.get(file.id)))
  const groups = groupByStage([...cards.values()], next.stages)
  const columnBefore = new Map(before?.columns.map((c) => [c.stage.id, c]))
  const columns = next.stages.map((stage) => {
    const members = groups.byStage.get(stage.id) ?? []
    const previous = columnBefore.get(stage.id)
    // A column whose cards are the same keeps its model without sorting again (a sort of a busy
    // column compares names with the collator thousands of times)
    if (previous && previous.stage === stage && sameMembers(previous, members)) return previous
    const list = members.sort(byAmountThenCompany)
    return { stage, cards: list, totals: totalsOfCards(list) }
  })
  return { ...next, cards, columns, unknown: groups.unknown }
}

/**
 * Only the moves changed (a card shown in its new column, or back): rebuilds the cards moved and
 * their two columns, not the 3,000 cards. Null when a full build is needed (an unknown stage).
 */
function afterMoves(before: Board, pending: ReadonlyMap<string, string>): Board | null {
  const changed = new Set<string>()
  for (const [id, stageId] of pending) if (before.pending.get(id) !== stageId) changed.add(id)
  for (const id of before.pending.keys()) if (!pending.has(id)) changed.add(id)
  const stageById = new Map(before.stages.map((s) => [s.id, s]))
  const cards = new Map(before.cards)
  const moved: CardModel[] = []
  const touched = new Set<string>()
  for (const id of changed) {
    const previous = before.cards.get(id)
    if (!previous) continue // a move of a file no longer listed
    const card = cardOf(previous.file, { ...before, pending }, stageById, previous)
    if (!stageById.has(previous.stageId) || !stageById.has(card.stageId)) return null
    cards.set(id, card)
    moved.push(card)
    touched.add(previous.stageId).add(card.stageId)
  }
  const columns = before.columns.map((column) => {
    if (!touched.has(column.stage.id)) return column
    const list = column.cards
      .filter((card) => !changed.has(card.file.id))
      .concat(moved.filter((card) => card.stageId === column.stage.id))
      .sort(byAmountThenCompany)
    return { stage: column.stage, cards: list, totals: totalsOfCards(list) }
  })
  return { ...before, pending, cards, columns }
}

export function useBoardColumns(
  files: BoardCard[],
  organizations: ReadonlyMap<string, PipelineOrganization>,
  stages: PipelineStage[],
  pending: ReadonlyMap<string, string>
): { columns: ColumnModel[]; unknown: CardModel[] } {
  const last = useRef<Board | null>(null)
  return useMemo(() => {
    const before = last.current
    const onlyMoves =
      before?.files === files && before.organizations === organizations && before.stages === stages
    const board =
      (onlyMoves && afterMoves(before, pending)) || build({ files, organizations, stages, pending }, before)
    last.current = board
    return { columns: board.columns, unknown: board.unknown }
  }, [files, organizations, stages, pending])
}

/** Card by file id. */
export type CardIndex = Pick<Map<string, CardModel>, 'get'>

/** Indexed on first use: only a drag or a drop asks, not each move's render of 3,000 cards. */
export function cardIndex(columns: ColumnModel[], unknown: CardModel[]): CardIndex {
  let index: Map<string, CardModel> | null = null
  return {
    get: (id) => {
      index ??= new Map([...columns.flatMap((c) => c.cards), ...unknown].map((card) => [card.file.id, card]))
      return index.get(id)
    }
  }
}
