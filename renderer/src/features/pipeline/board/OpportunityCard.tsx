import { useDraggable, type DraggableAttributes } from '@dnd-kit/core'
import { IconGripVertical } from '@tabler/icons-react'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardCard, PipelineStage } from '@shared/schemas'
import type { CardModel } from './boardModel'
import { CardBody } from './CardBody'
import { LazyMoveToMenu } from './LazyMoveToMenu'
import classes from './board.module.css'

interface CardFaceProps {
  card: CardModel
  today: string
  stages: PipelineStage[]
  onMove: (file: BoardCard, stageId: string) => void
  dragging: boolean
  handleAttributes: DraggableAttributes
  handleRef: (node: HTMLElement | null) => void
}

/**
 * What the card shows, memoised apart from its slot: a move shifts every card below it in two
 * columns, which changes their place but not their face.
 */
const CardFace = memo(function CardFace(props: CardFaceProps) {
  const { card, today, stages, onMove, dragging, handleAttributes, handleRef } = props
  const { t } = useTranslation()
  return (
    <div className={dragging ? `${classes.card} ${classes.dragging}` : classes.card}>
      <CardBody
        card={card}
        today={today}
        handle={
          <button
            type="button"
            ref={handleRef}
            className={classes.icon}
            {...handleAttributes}
            aria-label={t('pipeline.card.drag', { title: card.file.title })}
          >
            <IconGripVertical size={14} aria-hidden />
          </button>
        }
        menu={<LazyMoveToMenu file={card.file} stageId={card.stageId} stages={stages} onMove={onMove} />}
      />
    </div>
  )
})

interface OpportunityCardProps {
  card: CardModel
  today: string
  stages: PipelineStage[]
  onMove: (file: BoardCard, stageId: string) => void
  /** Its place in the column, for assistive technology (only a screenful is in the page). */
  position: number
  count: number
  /** Where the column's virtual list places it, and its slot's height. */
  start: number
  height: number
}

/** A file on the board: dragged from anywhere with a pointer, from its handle with the keyboard. */
export const OpportunityCard = memo(function OpportunityCard(props: OpportunityCardProps) {
  const { card, today, stages, onMove, position, count, start, height } = props
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.file.id
  })
  const label = useMemo(
    () => t('pipeline.card.label', { title: card.file.title, company: card.company }),
    [t, card.file.title, card.company]
  )
  return (
    <li
      ref={setNodeRef}
      className={classes.slot}
      style={{ height, transform: `translateY(${start}px)` }}
      aria-label={label}
      aria-busy={card.moving || undefined}
      aria-posinset={position}
      aria-setsize={count}
      {...listeners}
    >
      <CardFace
        card={card}
        today={today}
        stages={stages}
        onMove={onMove}
        dragging={isDragging}
        handleAttributes={attributes}
        handleRef={setActivatorNodeRef}
      />
    </li>
  )
})
