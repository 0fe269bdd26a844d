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

const LAYOUT_KEY = 'relais.pipeline.view'

/** The layout the Pipeline will show, read as useLocalStorage stores it (JSON), for its first reads. */
export function storedPipelineLayout(): PipelineLayout {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? '"board"')
    return PIPELINE_LAYOUTS.find((layout) => layout === stored) ?? 'board'
  } catch {
    return 'board'
  }
}

/**
 * The Pipeline's layout (remembered across sessions) and its table's filters and sort (for the
 * window session), together as the state a saved view keeps.
 */
export function usePipelineViewState() {
  const [stored, setLayout] = useLocalStorage<PipelineLayout>({
    key: LAYOUT_KEY,
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
