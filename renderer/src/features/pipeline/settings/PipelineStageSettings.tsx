import { Stack, Text } from '@mantine/core'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors
} from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import type { PipelineStage } from '@shared/schemas'
import { useStages } from '../usePipeline'
import { StageEditModal } from './StageEditModal'
import { StageRow } from './StageRow'
import { useStageEditing } from './useStageEditing'

/** Settings › Pipeline stages: add, rename in both languages, reorder, default probability. */
export function PipelineStageSettings() {
  const { t } = useTranslation()
  const { stages, ready } = useStages()
  const editing = useStageEditing(stages)
  const [editor, setEditor] = useState<{ stage?: PipelineStage } | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const indexOf = (id: string | number) => stages.findIndex((s) => s.id === id)
  return (
    <SectionCard
      title={t('pipeline.stages.title')}
      actions={
        <SectionButton icon={IconPlus} onClick={() => setEditor({})}>
          {t('pipeline.stages.add')}
        </SectionButton>
      }
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('pipeline.stages.description')}
      </Text>
      {ready && (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={({ active, over }) => {
            if (over && active.id !== over.id) void editing.move(indexOf(active.id), indexOf(over.id))
          }}
        >
          <SortableContext items={stages.map((s) => s.id)} strategy={verticalListSortingStrategy}>
            <Stack component="ul" gap={0} m={0} p={0} aria-label={t('pipeline.stages.title')}>
              {stages.map((stage, index) => (
                <StageRow
                  key={stage.id}
                  stage={stage}
                  index={index}
                  count={stages.length}
                  onEdit={() => setEditor({ stage })}
                  onMove={(to) => void editing.move(index, to)}
                  onRemove={() => void editing.remove(stage)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      <StageEditModal
        opened={editor !== null}
        stage={editor?.stage}
        onClose={() => setEditor(null)}
        onSave={(draft) => (editor?.stage ? editing.update(editor.stage.id, draft) : editing.add(draft))}
      />
    </SectionCard>
  )
}
