import { Text, Timeline } from '@mantine/core'
import { IconArrowRight, IconFlag } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { todayDate } from '@shared/domain/dates'
import { daysInStage } from '@shared/domain/pipeline'
import type { Opportunity, StageChange } from '@shared/schemas'
import { useStages } from '../usePipeline'

const DAY_MS = 86_400_000

/** Every stage the file went through, when, and how long it stayed. */
export function StageHistory({ changes, current }: { changes: StageChange[]; current?: Opportunity }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { nameOf } = useStages()
  const name = (id: string | null) => nameOf(id) || t('pipeline.board.unknownStage')
  return (
    <SectionCard title={t('pipeline.page.history', { count: changes.length })}>
      <Timeline active={changes.length - 1} bulletSize={22} lineWidth={2}>
        {changes.map((change, k) => {
          const next = changes[k + 1]
          const days = next ? Math.round((Date.parse(next.at) - Date.parse(change.at)) / DAY_MS) : null
          return (
            <Timeline.Item
              key={change.id}
              bullet={
                change.fromStageId ? (
                  <IconArrowRight size={12} aria-hidden />
                ) : (
                  <IconFlag size={12} aria-hidden />
                )
              }
              title={
                change.fromStageId
                  ? t('pipeline.page.moved', { from: name(change.fromStageId), to: name(change.toStageId) })
                  : t('pipeline.page.opened', { to: name(change.toStageId) })
              }
            >
              <Text size="xs" c="dimmed">
                {format.timestamp(change.at)}
                {days !== null && ` · ${t('pipeline.page.stayed', { count: days })}`}
              </Text>
              {days === null && current && (
                <Text size="xs" c="dimmed">
                  {t('pipeline.card.daysLong', { count: daysInStage(current, todayDate()) })}
                </Text>
              )}
            </Timeline.Item>
          )
        })}
      </Timeline>
    </SectionCard>
  )
}
