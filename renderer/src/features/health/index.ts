import { lazyScreen } from '@renderer/components/lazyScreen'

// Settings sections load with the Settings screen, not with every start
export const CadenceSettings = lazyScreen(() => import('./CadenceSettings'), 'CadenceSettings')
export { HealthBadge } from './HealthBadge'
export { RiskFlagCard } from './RiskFlagCard'
