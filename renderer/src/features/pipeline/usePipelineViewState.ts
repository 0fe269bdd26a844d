import { useLocalStorage } from '@mantine/hooks'
import { useCallback } from 'react'
import { useSessionState } from '@renderer/hooks/useSessionState'
import { DEFAULT_PIPELINE_LIST_STATE, type PipelineListState } from '@shared/domain/pipeline-filters'
import {
  PIPELINE_LAYOUTS,
  pipelineViewState,
  splitPipelineViewState,
  type PipelineLayout,
  type PipelineViewState
} from '@shared/domain/pipeline-view'

/**
 * The Pipeline's layout (remembered across sessions) and its table's filters and sort (for the
 * window session), together as the state a saved view keeps.
 */
export function usePipelineViewState() {
  const [stored, setLayout] = useLocalStorage<PipelineLayout>({
    key: 'relais.pipeline.view',
    defaultValue: 'board'
  })
  const layout = PIPELINE_LAYOUTS.includes(stored) ? stored : 'board'
  const [list, setList] = useSessionState<PipelineListState>(
    'relais.pipeline.list',
    DEFAULT_PIPELINE_LIST_STATE
  )
  const apply = useCallback(
    (state: PipelineViewState) => {
      const parts = splitPipelineViewState(state)
      setLayout(parts.layout)
      setList(parts.list)
    },
    [setLayout, setList]
  )
  return { layout, setLayout, list, setList, view: pipelineViewState(list, layout), apply }
}
