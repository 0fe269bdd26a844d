import { Button, EmptyState, SegmentedControl, Stack } from '@mantine/core'
import { useDisclosure, useLocalStorage } from '@mantine/hooks'
import { IconPlus, IconReportMoney } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import type { PipelineData } from '@renderer/db/repositories/pipeline'
import { PipelineBoard } from './board/PipelineBoard'
import { PipelineCharts } from './charts/PipelineCharts'
import { OpportunityFormModal } from './form/OpportunityFormModal'
import { PipelineSummary } from './PipelineSummary'
import { PipelineTable } from './table/PipelineTable'
import { usePipelineData, useStages } from './usePipeline'

const VIEWS = ['board', 'table', 'charts'] as const
type View = (typeof VIEWS)[number]

function ViewContent({ view, data }: { view: View; data: PipelineData }) {
  if (view === 'table') return <PipelineTable data={data} />
  if (view === 'charts') return <PipelineCharts data={data} />
  return <PipelineBoard data={data} />
}

/** The financing pipeline: board, table or charts (the choice is remembered), and new files. */
export function PipelineScreen() {
  const { t } = useTranslation()
  const [creating, create] = useDisclosure()
  const [view, setView] = useLocalStorage<View>({ key: 'relais.pipeline.view', defaultValue: 'board' })
  const { data, error } = usePipelineData()
  const { ready } = useStages()
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
      {t('pipeline.new')}
    </Button>
  )
  const body = () => {
    if (error) return <ErrorState error={error} />
    if (!data || !ready) return <LoadingState />
    if (data.files.length === 0)
      return (
        <EmptyState
          mt="xl"
          icon={<IconReportMoney aria-hidden />}
          title={t('pipeline.empty.title')}
          description={t('pipeline.empty.description')}
        >
          {newButton}
        </EmptyState>
      )
    return <ViewContent view={VIEWS.includes(view) ? view : 'board'} data={data} />
  }
  return (
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader
        title={t('pipeline.title')}
        subtitle={
          data && data.files.length > 0 ? <PipelineSummary files={data.files} /> : t('pipeline.subtitle')
        }
        actions={
          <>
            <SegmentedControl
              aria-label={t('pipeline.view.label')}
              value={view}
              onChange={(value) => setView(VIEWS.find((v) => v === value) ?? 'board')}
              data={VIEWS.map((v) => ({ value: v, label: t(`pipeline.view.${v}`) }))}
            />
            {newButton}
          </>
        }
      />
      {body()}
      <OpportunityFormModal opened={creating} onClose={create.close} />
    </Stack>
  )
}
