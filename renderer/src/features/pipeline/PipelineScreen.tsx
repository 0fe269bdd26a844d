import { Button, EmptyState, SegmentedControl, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus, IconReportMoney } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { SavedViewsMenu } from '@renderer/features/saved-views'
import { PIPELINE_LAYOUTS, restorePipelineViewState, pipelineViewState } from '@shared/domain/pipeline-view'
import { DEFAULT_PIPELINE_LIST_STATE } from '@shared/domain/pipeline-filters'
import { PipelineBoard } from './board/PipelineBoard'
import { PipelineCharts } from './charts/PipelineCharts'
import { OpportunityFormModal } from './form/OpportunityFormModal'
import { PipelineSummary } from './PipelineSummary'
import { NamedPipelineTable } from './table/NamedPipelineTable'
import { useBoardData, useStages } from './usePipeline'
import { usePipelineViewState } from './usePipelineViewState'

const DEFAULT_VIEW_STATE = pipelineViewState(DEFAULT_PIPELINE_LIST_STATE, 'board')

/**
 * The financing pipeline: board, table or charts (the choice is remembered), saved views of the
 * layout with the table's filters, and new files.
 */
export function PipelineScreen() {
  const { t } = useTranslation()
  const [creating, create] = useDisclosure()
  const { layout, setLayout, list, setList, view, apply } = usePipelineViewState()
  const { data, error } = useBoardData()
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
    if (layout === 'table') return <NamedPipelineTable state={list} onChange={setList} />
    if (layout === 'charts') return <PipelineCharts />
    return <PipelineBoard data={data} />
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
              value={layout}
              onChange={(value) => setLayout(PIPELINE_LAYOUTS.find((v) => v === value) ?? 'board')}
              data={PIPELINE_LAYOUTS.map((v) => ({ value: v, label: t(`pipeline.view.${v}`) }))}
            />
            {data && data.files.length > 0 && (
              <SavedViewsMenu
                scope="pipeline"
                state={view}
                defaults={DEFAULT_VIEW_STATE}
                restore={restorePipelineViewState}
                onApply={apply}
              />
            )}
            {newButton}
          </>
        }
      />
      {body()}
      <OpportunityFormModal opened={creating} onClose={create.close} />
    </Stack>
  )
}
