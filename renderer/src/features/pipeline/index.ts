import { lazyScreen } from '@renderer/components/lazyScreen'
import { startPipelineReads, stagesQuery } from './usePipeline'

export const OpportunityScreen = lazyScreen(() => import('./file/OpportunityScreen'), 'OpportunityScreen')
const loadPipeline = () => import('./PipelineScreen')
export const PipelineScreen = lazyScreen(loadPipeline, 'PipelineScreen')
/** At the navigation to the pipeline: its reads and its code start before the previous screen leaves. */
export const preloadPipeline = () => {
  stagesQuery.start()
  startPipelineReads()
  void loadPipeline()
}
export { OrganizationOpportunities } from './OrganizationOpportunities'
export { NewOpportunityCommand } from './NewOpportunityCommand'
// Its drag and drop (dnd-kit) loads with the Settings screen, not with every start
export const PipelineStageSettings = lazyScreen(
  () => import('./settings/PipelineStageSettings'),
  'PipelineStageSettings'
)
