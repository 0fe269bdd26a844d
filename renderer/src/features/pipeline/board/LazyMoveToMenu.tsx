import { IconArrowsExchange } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardCard, PipelineStage } from '@shared/schemas'
import { unusedMenuButton } from '@renderer/components/unusedMenuButton'
import { MoveToMenu } from '../MoveToMenu'
import classes from './board.module.css'

interface LazyMoveToMenuProps {
  file: BoardCard
  stageId: string
  stages: PipelineStage[]
  onMove: (file: BoardCard, stageId: string) => void
}

/**
 * A card's "Move to…" button: a plain button until first pressed, then the menu itself, opened
 * (as unusedMenuButton does for the other menus, with a bare <button>: a Mantine ActionIcon on each
 * of 3,000 cards costs more than the board's own rendering).
 */
export function LazyMoveToMenu({ file, stageId, stages, onMove }: LazyMoveToMenuProps) {
  const { t } = useTranslation()
  const [used, setUsed] = useState(false)
  if (used)
    return <MoveToMenu file={file} stageId={stageId} stages={stages} onMove={onMove} initiallyOpened />
  return (
    <button
      type="button"
      className={classes.icon}
      aria-label={t('pipeline.move.menu', { title: file.title })}
      {...unusedMenuButton(() => setUsed(true))}
    >
      <IconArrowsExchange size={16} aria-hidden />
    </button>
  )
}
