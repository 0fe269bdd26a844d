import { IconArrowRight } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { sameRecord } from '@shared/domain/same-record'
import type { Opportunity, StageChange } from '@shared/schemas'
import { EntryLayout } from './EntryLayout'
import classes from './timeline.module.css'

interface StageChangeEntryProps {
  change: StageChange
  opportunity: Opportunity
  stageName: (stageId: string | null) => string
}

/** "Stage: Lead → First meeting" for a financing file, as the pipeline recorded it. */
function StageChangeEntryView({ change, opportunity, stageName }: StageChangeEntryProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const text = change.fromStageId
    ? t('timeline.stage.moved', { from: stageName(change.fromStageId), to: stageName(change.toStageId) })
    : t('timeline.stage.opened', { to: stageName(change.toStageId) })
  return (
    <EntryLayout icon={IconArrowRight} color="grape" label={text}>
      <span className={classes.title}>{text}</span>
      <span className={classes.meta}>{`${opportunity.title} · ${format.timestamp(change.at)}`}</span>
    </EntryLayout>
  )
}

/** Re-rendered only when the change, its file's title or the stage names change. */
export const StageChangeEntry = memo(
  StageChangeEntryView,
  (a, b) =>
    sameRecord(a.change, b.change) &&
    a.opportunity.title === b.opportunity.title &&
    a.stageName === b.stageName
)
