import { Text } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import type { ColumnModel } from './boardModel'
import { ColumnHeader } from './ColumnHeader'
import { OpportunityCard } from './OpportunityCard'
import classes from './board.module.css'

/**
 * Every card has the same height with its gap (company and title keep room for two lines each):
 * nothing is measured, so the first render places each card once, with no layout read per card.
 */
export const CARD_HEIGHT = 144

interface BoardColumnProps {
  column: ColumnModel
  name: string
  today: string
  stages: PipelineStage[]
  onMove: (file: Opportunity, stageId: string) => void
  /** The column of files whose stage is not in the list: nothing can be dropped there. */
  disabled?: boolean
}

/** A stage's column: only the cards on screen are in the page (a busy stage holds hundreds). */
export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, name, today, stages, onMove, disabled = false } = props
  const { t } = useTranslation()
  const headingId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, disabled })
  const count = column.cards.length
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: (index) => column.cards[index].file.id,
    overscan: 3
  })
  const shownIds = useRef(new Set<string>())
  useEffect(() => {
    // A card just moved here scrolls into view: the person sees where it went
    const arrived = column.cards.findIndex((c) => c.moving && !shownIds.current.has(c.file.id))
    shownIds.current = new Set(column.cards.map((c) => c.file.id))
    if (arrived >= 0) virtualizer.scrollToIndex(arrived, { align: 'auto' })
  }, [column.cards, virtualizer])
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
            {virtualizer.getVirtualItems().map((item) => (
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
