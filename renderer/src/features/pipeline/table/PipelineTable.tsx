import { Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { VirtualTable } from '@renderer/components/VirtualTable'
import type { PipelineData } from '@renderer/db/repositories/pipeline'
import { useFormatters } from '@renderer/hooks/useFormatters'
import {
  filterPipelineRows,
  pipelineRows,
  rowTotals,
  type PipelineListState
} from '@shared/domain/pipeline-filters'
import { useStages } from '../usePipeline'
import { PipelineFilters } from './PipelineFilters'
import { usePipelineColumns } from './usePipelineColumns'

interface PipelineTableProps {
  data: PipelineData
  state: PipelineListState
  onChange: (state: PipelineListState) => void
}

/** The same files as the board, as a table: sort, filter, and a totals row for what is shown. */
export function PipelineTable({ data, state, onChange: setState }: PipelineTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const navigate = useNavigate()
  const { stages } = useStages()
  const all = useMemo(
    () => pipelineRows(data.files, data.organizations, stages),
    [data.files, data.organizations, stages]
  )
  const rows = useMemo(() => filterPipelineRows(all, state), [all, state])
  const totals = useMemo(() => rowTotals(rows), [rows])
  const columns = usePipelineColumns(data.organizations)
  return (
    <Stack gap={0} style={{ flex: 1, minHeight: 0 }}>
      <PipelineFilters
        state={state}
        onChange={setState}
        files={data.files}
        organizations={data.organizations}
      />
      {rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" role="status">
          {t('pipeline.table.filteredEmpty')}
        </Text>
      ) : (
        <VirtualTable
          label={t('pipeline.table.label')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.file.id}
          sort={state.sort}
          onSortChange={(sort) => setState({ ...state, sort: sort as PipelineListState['sort'] })}
          onRowOpen={(r) => navigate(`/pipeline/${r.file.id}`)}
          totals={{
            title: t('pipeline.table.totalRow', {
              count: totals.count,
              formatted: format.number(totals.count)
            }),
            amount: format.money(totals.totalCents),
            weighted: format.money(totals.weightedCents)
          }}
          footer={t('pipeline.table.count', {
            shown: format.number(rows.length),
            total: format.number(all.length),
            count: all.length
          })}
        />
      )}
    </Stack>
  )
}
