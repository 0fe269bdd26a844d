export { CadenceSettings } from './CadenceSettings'
export { HealthBadge } from './HealthBadge'
export { RiskFlagCard } from './RiskFlagCard'
