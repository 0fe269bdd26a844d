import { Box, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { liveStageChanges } from '@renderer/db/repositories/pipeline'
import { useDbQuery } from '@renderer/db/useDbQuery'
import type { Opportunity } from '@shared/schemas'
import { usePipelineFiles } from '../usePipeline'
import { ConversionChart } from './ConversionChart'
import { OutcomesChart } from './OutcomesChart'
import { StageDaysChart } from './StageDaysChart'
import { StageValueChart } from './StageValueChart'

/** Pipeline value by stage, won and lost by month, days per stage and conversion. */
export function PipelineCharts() {
  const { data, error } = usePipelineFiles()
  if (error) return <ErrorState error={error} />
  if (!data) return <LoadingState />
  return <Charts files={data} />
}

function Charts({ files }: { files: Opportunity[] }) {
  const { t } = useTranslation()
  const { data: changes, error } = useDbQuery(() => liveStageChanges(files), [files])
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
        <StageValueChart files={files} />
        <OutcomesChart files={files} />
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
