import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconGripVertical,
  IconPencil,
  IconTrash
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { PipelineStage } from '@shared/schemas'
import { STAGE_KIND_COLORS } from '../constants'

interface StageRowProps {
  stage: PipelineStage
  index: number
  count: number
  onEdit: () => void
  onMove: (to: number) => void
  onRemove: () => void
}

/** One stage: drag handle (pointer or keyboard), names in both languages, probability and kind. */
export function StageRow({ stage, index, count, onEdit, onMove, onRemove }: StageRowProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: stage.id })
  const name = stage[format.language]
  return (
    <Group
      ref={setNodeRef}
      component="li"
      wrap="nowrap"
      gap="sm"
      py={6}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: 'var(--mantine-color-body)'
      }}
    >
      <ActionIcon
        ref={setActivatorNodeRef}
        variant="subtle"
        color="gray"
        {...attributes}
        {...listeners}
        aria-label={t('pipeline.stages.reorder', { name })}
        style={{ cursor: 'grab' }}
      >
        <IconGripVertical size={16} aria-hidden />
      </ActionIcon>
      <Text size="sm" fw={600} style={{ flex: 1, minWidth: 0 }} truncate>
        {stage.fr}
        <Text span c="dimmed" fw={400}>{` · ${stage.en}`}</Text>
      </Text>
      <Text size="sm" c="dimmed" w={48} ta="right">
        {format.percent(stage.probability / 100)}
      </Text>
      <Badge color={STAGE_KIND_COLORS[stage.kind]} variant="light" w={104} tt="none">
        {t(`enums.stageKind.${stage.kind}`)}
      </Badge>
      <ActionIcon
        variant="subtle"
        color="gray"
        onClick={onEdit}
        aria-label={t('pipeline.stages.edit', { name })}
      >
        <IconPencil size={16} aria-hidden />
      </ActionIcon>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('pipeline.stages.more', { name })}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconArrowUp size={14} aria-hidden />}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            {t('pipeline.stages.up')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowDown size={14} aria-hidden />}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            {t('pipeline.stages.down')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
            {t('pipeline.stages.remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}
