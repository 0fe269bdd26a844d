import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import type { PipelineListState } from '@shared/domain/pipeline-filters'
import { usePipelineData } from '../usePipeline'
import { PipelineTable } from './PipelineTable'

interface NamedPipelineTableProps {
  state: PipelineListState
  onChange: (state: PipelineListState) => void
}

/** The table names the partners too: it reads the live companies, which the board does without. */
export function NamedPipelineTable({ state, onChange }: NamedPipelineTableProps) {
  const { data, error } = usePipelineData()
  if (error) return <ErrorState error={error} />
  if (!data) return <LoadingState />
  return <PipelineTable data={data} state={state} onChange={onChange} />
}
