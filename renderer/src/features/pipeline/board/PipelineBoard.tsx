import { Box, Group, Paper } from '@mantine/core'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent
} from '@dnd-kit/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardData } from '@renderer/db/repositories/pipeline'
import { usePaintedOnce } from '@renderer/hooks/usePaintedOnce'
import { todayDate } from '@shared/domain/dates'
import type { PipelineStage } from '@shared/schemas'
import { useStageMove } from '../useStageMove'
import { useStages } from '../usePipeline'
import { BoardColumn } from './BoardColumn'
import { columnCoordinates, dropOnColumn } from './boardDnd'
import { cardIndex, totalsOfCards, useBoardColumns } from './boardModel'
import { CardBody } from './CardBody'
import { useBoardAnnouncements } from './useBoardAnnouncements'

const NO_MOVES: ReadonlyMap<string, string> = new Map()
const UNKNOWN_STAGE: PipelineStage = { id: '__unknown', fr: '', en: '', probability: 0, kind: 'hold' }

/** A column's 240 px and the gap between columns (board.module.css; the Group's gap "sm"). */
const COLUMN_PITCH = 252
/** The board's width at its last visit; the window's before the first (the board is narrower). */
let shownWidth: number | null = null

function without(moves: ReadonlyMap<string, string>, id: string): ReadonlyMap<string, string> {
  const next = new Map(moves)
  next.delete(id)
  return next
}

/** One column per stage; cards move by drag and drop, by keyboard, or with their "Move to…" menu. */
export function PipelineBoard({ data }: { data: BoardData }) {
  const { t } = useTranslation()
  const { stages, nameOf } = useStages()
  // Moves on their way to the database: the card shows in its new column at once.
  const [pending, setPending] = useState(NO_MOVES)
  const { request, dialog } = useStageMove({
    onStart: (id, stageId) => setPending((moves) => new Map(moves).set(id, stageId)),
    onFailed: (id) => setPending((moves) => without(moves, id))
  })
  useEffect(() => {
    // A move has arrived (or its file is gone) once the data no longer shows the card elsewhere.
    setPending((moves) => {
      if (moves.size === 0) return moves
      const stageOf = new Map(data.files.map((f) => [f.id, f.stageId]))
      const next = new Map(
        [...moves].filter(([id, stageId]) => stageOf.has(id) && stageOf.get(id) !== stageId)
      )
      return next.size === moves.size ? moves : next
    })
  }, [data.files])

  const { columns, unknown } = useBoardColumns(data.files, data.organizations, stages, pending)
  const cardsById = useMemo(() => cardIndex(columns, unknown), [columns, unknown])
  const cards = useRef(cardsById)
  useEffect(() => {
    cards.current = cardsById
  })
  const accessibility = useBoardAnnouncements(cards, nameOf)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates })
  )
  const [activeId, setActiveId] = useState<string | null>(null)
  // The columns past the board's right edge get their cards on the frame after the first: the
  // first frame draws what the person sees sooner, and the rest follows before they can scroll
  const [inView] = useState(() => Math.ceil((shownWidth ?? window.innerWidth) / COLUMN_PITCH))
  const painted = usePaintedOnce(true)
  const boardRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // once every column has its cards: the layout this reading needs is the next frame's own
    const width = painted ? (boardRef.current?.clientWidth ?? 0) : 0
    if (width > 0) shownWidth = width
  }, [painted])
  const today = todayDate()
  const unknownColumn = useMemo(
    () => ({ stage: UNKNOWN_STAGE, cards: unknown, totals: totalsOfCards(unknown) }),
    [unknown]
  )

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null)
    const card = cardsById.get(String(active.id))
    if (card && over && over.id !== card.stageId) request(card.file, String(over.id))
  }
  const active = activeId ? cardsById.get(activeId) : undefined

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={dropOnColumn}
        accessibility={accessibility}
        onDragStart={({ active: a }) => setActiveId(String(a.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <Box ref={boardRef} style={{ flex: 1, minHeight: 0, overflowX: 'auto' }} pb="xs">
          <Group
            wrap="nowrap"
            align="stretch"
            gap="sm"
            h="100%"
            aria-label={t('pipeline.board.label')}
            role="group"
          >
            {columns.map((column, index) => (
              <BoardColumn
                key={column.stage.id}
                column={column}
                name={nameOf(column.stage.id)}
                today={today}
                stages={stages}
                onMove={request}
                cardsLater={!painted && index >= inView}
              />
            ))}
            {unknown.length > 0 && (
              <BoardColumn
                column={unknownColumn}
                name={t('pipeline.board.unknownStage')}
                today={today}
                stages={stages}
                onMove={request}
                disabled
              />
            )}
          </Group>
        </Box>
        <DragOverlay>
          {active ? (
            <Paper withBorder shadow="md" p="xs" radius="md" w={224} style={{ cursor: 'grabbing' }}>
              <CardBody card={active} today={today} />
            </Paper>
          ) : null}
        </DragOverlay>
      </DndContext>
      {dialog}
    </>
  )
}
