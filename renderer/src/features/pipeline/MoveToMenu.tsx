import { ActionIcon, Button, Menu } from '@mantine/core'
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import { useFormatters } from '@renderer/hooks/useFormatters'

interface MoveToMenuProps {
  file: Opportunity
  /** The stage the file shows in (it may be on its way there). */
  stageId: string
  stages: PipelineStage[]
  onMove: (file: Opportunity, stageId: string) => void
  /** A labelled button (file page) rather than an icon (board card). */
  withLabel?: boolean
}

/** "Move to…": the keyboard and screen-reader way to change a file's stage, one menu item a stage. */
export function MoveToMenu({ file, stageId, stages, onMove, withLabel = false }: MoveToMenuProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const label = t('pipeline.move.menu', { title: file.title })
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        {withLabel ? (
          <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />}>
            {t('pipeline.move.button')}
          </Button>
        ) : (
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label}>
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
