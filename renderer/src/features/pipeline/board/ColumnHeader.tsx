import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { Totals } from '@shared/domain/pipeline'
import type { PipelineStage } from '@shared/schemas'
import { STAGE_KIND_COLORS } from '../constants'
import classes from './ColumnHeader.module.css'

/** The stage's name, its number of files, their total and their probability-weighted total. */
export function ColumnHeader({
  id,
  name,
  kind,
  totals
}: {
  id: string
  name: string
  kind: PipelineStage['kind']
  totals: Totals
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <div className={classes.header}>
      <div className={classes.nameRow}>
        <h3 id={id} className={classes.name}>
          {name}
        </h3>
        <Badge
          color={STAGE_KIND_COLORS[kind]}
          variant="light"
          // the count stays whole when a long stage name takes two lines
          style={{ flexShrink: 0, overflow: 'visible' }}
          aria-label={t('pipeline.board.count', { count: totals.count })}
        >
          {format.number(totals.count)}
        </Badge>
      </div>
      <p className={classes.amount}>
        {t('pipeline.board.total', { amount: format.money(totals.totalCents) })}
      </p>
      <p className={classes.amount}>
        {t('pipeline.board.weighted', { amount: format.money(totals.weightedCents) })}
      </p>
    </div>
  )
}
