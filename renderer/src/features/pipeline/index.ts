import { lazyScreen } from '@renderer/components/lazyScreen'

export const OpportunityScreen = lazyScreen(() => import('./file/OpportunityScreen'), 'OpportunityScreen')
export const PipelineScreen = lazyScreen(() => import('./PipelineScreen'), 'PipelineScreen')
export { CompanyFiles } from './CompanyFiles'
export { NewOpportunityCommand } from './NewOpportunityCommand'
export { PipelineStageSettings } from './settings/PipelineStageSettings'
