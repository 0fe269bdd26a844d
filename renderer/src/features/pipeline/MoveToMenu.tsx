import { ActionIcon, Button, Menu } from '@mantine/core'
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { PipelineStage } from '@shared/schemas'
import type { MovedFile } from './useStageMove'

interface MoveToMenuProps<F extends MovedFile> {
  file: F
  /** The stage the file shows in (it may be on its way there). */
  stageId: string
  stages: PipelineStage[]
  onMove: (file: F, stageId: string) => void
  /** A labelled button (file page) rather than an icon (board card). */
  withLabel?: boolean
  /** Open from its first render, focused (a board card mounts the menu when first pressed). */
  initiallyOpened?: boolean
}

/** "Move to…": the keyboard and screen-reader way to change a file's stage, one menu item a stage. */
export function MoveToMenu<F extends MovedFile>(props: MoveToMenuProps<F>) {
  const { file, stageId, stages, onMove, withLabel = false, initiallyOpened = false } = props
  const { t } = useTranslation()
  const { language } = useFormatters()
  const label = t('pipeline.move.menu', { title: file.title })
  return (
    <Menu position="bottom-end" withinPortal shadow="md" defaultOpened={initiallyOpened}>
      <Menu.Target>
        {withLabel ? (
          <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />}>
            {t('pipeline.move.button')}
          </Button>
        ) : (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={label}
            // it replaces the button just pressed, which had the focus
            autoFocus={initiallyOpened}
          >
            <IconArrowsExchange size={16} aria-hidden />
          </ActionIcon>
        )}
      </Menu.Target>
      <Menu.Dropdown aria-label={label}>
        <Menu.Label>{t('pipeline.move.to')}</Menu.Label>
        {stages.map((stage) => (
          <Menu.Item
            key={stage.id}
            disabled={stage.id === stageId}
            leftSection={stage.id === stageId ? <IconCheck size={14} aria-hidden /> : undefined}
            onClick={() => onMove(file, stage.id)}
          >
            {stage[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
