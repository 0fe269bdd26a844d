import { lazyScreen } from '@renderer/components/lazyScreen'

export const OpportunityScreen = lazyScreen(() => import('./file/OpportunityScreen'), 'OpportunityScreen')
export const PipelineScreen = lazyScreen(() => import('./PipelineScreen'), 'PipelineScreen')
export { OrganizationOpportunities } from './OrganizationOpportunities'
export { NewOpportunityCommand } from './NewOpportunityCommand'
// Its drag and drop (dnd-kit) loads with the Settings screen, not with every start
export const PipelineStageSettings = lazyScreen(
  () => import('./settings/PipelineStageSettings'),
  'PipelineStageSettings'
)
