import { ActionIcon, Paper } from '@mantine/core'
import { useDraggable } from '@dnd-kit/core'
import { IconGripVertical } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import { MoveToMenu } from '../MoveToMenu'
import type { CardModel } from './boardModel'
import { CardBody } from './CardBody'

interface FileCardProps {
  card: CardModel
  today: string
  stages: PipelineStage[]
  onMove: (file: Opportunity, stageId: string) => void
}

/** A file on the board: dragged from anywhere with a pointer, from its handle with the keyboard. */
export const FileCard = memo(function FileCard({ card, today, stages, onMove }: FileCardProps) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.file.id
  })
  return (
    <Paper
      ref={setNodeRef}
      component="li"
      withBorder
      shadow="xs"
      p="xs"
      radius="md"
      aria-label={t('pipeline.card.label', { title: card.file.title, company: card.company })}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: 'grab', listStyle: 'none' }}
      {...listeners}
    >
      <CardBody
        card={card}
        today={today}
        handle={
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            {...attributes}
            aria-label={t('pipeline.card.drag', { title: card.file.title })}
          >
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
        }
        menu={<MoveToMenu file={card.file} stageId={card.stageId} stages={stages} onMove={onMove} />}
      />
    </Paper>
  )
})
