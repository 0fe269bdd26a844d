import { Text } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardCard, PipelineStage } from '@shared/schemas'
import { arrivalAt, withArrival, type Arrival } from './arrival'
import type { CardModel, ColumnModel } from './boardModel'
import { ColumnHeader } from './ColumnHeader'
import { OpportunityCard } from './OpportunityCard'
import classes from './board.module.css'

/**
 * Every card has the same height with its gap (company and title keep room for two lines each):
 * nothing is measured, so the first render places each card once, with no layout read per card.
 */
export const CARD_HEIGHT = 144

/**
 * Each stage's scroller size when the board last showed it. The virtual list starts from it: with
 * no size its first render holds no card, and the size it reads after the commit renders every
 * column a second time, with its cards, before the first paint. A wrong size (the window resized
 * since) is corrected by that same reading.
 */
const shownSizes = new Map<string, { width: number; height: number }>()

interface BoardColumnProps {
  column: ColumnModel
  name: string
  today: string
  stages: PipelineStage[]
  onMove: (file: BoardCard, stageId: string) => void
  /** The column of files whose stage is not in the list: nothing can be dropped there. */
  disabled?: boolean
  /** Out of view on the board's first frame: its cards come on the next one. */
  cardsLater?: boolean
}

/** A stage's column: only the cards on screen are in the page (a busy stage holds hundreds). */
export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, name, today, stages, onMove, disabled = false, cardsLater = false } = props
  const { t } = useTranslation()
  const headingId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, disabled })
  const count = column.cards.length
  // The card just moved here, if any (not one the column already showed)
  const [seen, setSeen] = useState(() => ({ cards: column.cards, ids: idsOf(column.cards), arriving: -1 }))
  if (seen.cards !== column.cards) {
    const arriving = column.cards.findIndex((c) => c.moving && !seen.ids.has(c.file.id))
    setSeen({ cards: column.cards, ids: idsOf(column.cards), arriving })
  }
  // Read by the range extractor, which the virtualizer calls as the cards are listed below
  let arrival: Arrival | null = null
  // The same function while the cards are the same: a new one makes the virtualizer place every
  // card of the column again (hundreds in a busy stage) at each render
  const cards = column.cards
  const keyOf = useCallback((index: number) => cards[index].file.id, [cards])
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: keyOf,
    // one card past each edge (the library's default): each card rendered on the first frame counts
    overscan: 1,
    rangeExtractor: (range) => withArrival(range, arrival),
    initialRect: shownSizes.get(column.stage.id)
  })
  useLayoutEffect(() => {
    // after the virtual list's own layout effect has read the scroller (no layout read here)
    if (virtualizer.scrollRect) shownSizes.set(column.stage.id, virtualizer.scrollRect)
  })
  if (seen.arriving >= 0) {
    const { scrollOffset, scrollRect } = virtualizer
    arrival = arrivalAt(seen.arriving, count, CARD_HEIGHT, scrollOffset ?? 0, scrollRect?.height ?? 0)
  }
  const scrollTo = arrival?.offScreen ? arrival.scrollTop : -1
  useLayoutEffect(() => {
    // The person sees where the card went in the click's own frame: the column scrolls to it
    // before that frame paints, with the card and the screenful around it already in the page
    if (scrollTo >= 0 && scrollRef.current) scrollRef.current.scrollTop = scrollTo
  }, [scrollTo])
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={classes.column}
      data-over={isOver || undefined}
    >
      <ColumnHeader id={headingId} name={name} kind={column.stage.kind} totals={column.totals} />
      <div ref={scrollRef} className={classes.columnScroller}>
        {count === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.board.emptyColumn')}
          </Text>
        ) : (
          <ul
            className={classes.list}
            aria-labelledby={headingId}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {(cardsLater ? [] : virtualizer.getVirtualItems()).map((item) => (
              <OpportunityCard
                key={item.key}
                card={column.cards[item.index]}
                today={today}
                stages={stages}
                onMove={onMove}
                position={item.index + 1}
                count={count}
                start={item.start}
                height={CARD_HEIGHT}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
})

const idsOf = (cards: CardModel[]) => new Set(cards.map((c) => c.file.id))
