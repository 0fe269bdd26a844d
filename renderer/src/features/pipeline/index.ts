export { OpportunityScreen } from './file/OpportunityScreen'
export { CompanyFiles } from './CompanyFiles'
export { NewOpportunityCommand } from './NewOpportunityCommand'
export { PipelineStageSettings } from './settings/PipelineStageSettings'
