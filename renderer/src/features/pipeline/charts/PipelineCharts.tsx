import { Box, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { liveStageChanges, type PipelineData } from '@renderer/db/repositories/pipeline'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { ConversionChart } from './ConversionChart'
import { OutcomesChart } from './OutcomesChart'
import { StageDaysChart } from './StageDaysChart'
import { StageValueChart } from './StageValueChart'

/** Pipeline value by stage, won and lost by month, days per stage and conversion. */
export function PipelineCharts({ data }: { data: PipelineData }) {
  const { t } = useTranslation()
  const { data: changes, error } = useDbQuery(() => liveStageChanges(data.files), [data.files])
  return (
    // It scrolls on its own, so it takes focus: the keyboard can scroll it too.
    <Box
      role="region"
      aria-label={t('pipeline.view.charts')}
      tabIndex={0}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}
      pb="lg"
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <StageValueChart files={data.files} />
        <OutcomesChart files={data.files} />
        {error ? (
          <ErrorState error={error} />
        ) : !changes ? (
          <LoadingState />
        ) : (
          <>
            <StageDaysChart changes={changes} />
            <ConversionChart changes={changes} />
          </>
        )}
      </SimpleGrid>
    </Box>
  )
}
