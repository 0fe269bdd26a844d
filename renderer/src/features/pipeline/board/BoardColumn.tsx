import { Box, Button, Paper, Stack, Text } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { memo, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import type { ColumnModel } from './boardModel'
import { ColumnHeader } from './ColumnHeader'
import { FileCard } from './FileCard'

/**
 * Cards rendered at first and added by each "show more" (or when it scrolls into view): a busy
 * stage holds hundreds, and a screen shows about seven. Fewer cards at first is a faster board.
 */
const PAGE = 20

interface BoardColumnProps {
  column: ColumnModel
  name: string
  today: string
  stages: PipelineStage[]
  onMove: (file: Opportunity, stageId: string) => void
  /** The column of files whose stage is not in the list: nothing can be dropped there. */
  disabled?: boolean
}

export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, name, today, stages, onMove, disabled = false } = props
  const { t } = useTranslation()
  const headingId = useId()
  const [limit, setLimit] = useState(PAGE)
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, disabled })
  const rest = column.cards.length - limit
  const moreRef = useRef<HTMLButtonElement>(null)
  const hasMore = rest > 0
  useEffect(() => {
    // Scrolling to the end of a column brings the next cards, as if "show more" was pressed
    const button = moreRef.current
    if (!hasMore || !button || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setLimit((l) => l + PAGE)
    })
    observer.observe(button)
    return () => observer.disconnect()
  }, [hasMore])
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="xs"
      w={240}
      miw={240}
      h="100%"
      bg={
        isOver
          ? 'var(--mantine-primary-color-light)'
          : 'light-dark(var(--mantine-color-gray-1), var(--mantine-color-dark-7))'
      }
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <ColumnHeader id={headingId} name={name} kind={column.stage.kind} totals={column.totals} />
      <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto' }} px={2}>
        {column.cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.board.emptyColumn')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} aria-labelledby={headingId}>
            {column.cards.slice(0, limit).map((card) => (
              <FileCard key={card.file.id} card={card} today={today} stages={stages} onMove={onMove} />
            ))}
          </Stack>
        )}
        {rest > 0 && (
          <Button
            ref={moreRef}
            variant="subtle"
            size="xs"
            fullWidth
            mt="xs"
            onClick={() => setLimit((l) => l + PAGE)}
          >
            {t('pipeline.board.showMore', { count: Math.min(PAGE, rest), rest })}
          </Button>
        )}
      </Box>
    </Paper>
  )
})
