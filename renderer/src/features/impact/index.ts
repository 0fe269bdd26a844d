export { ImpactScreen } from './ImpactScreen'
