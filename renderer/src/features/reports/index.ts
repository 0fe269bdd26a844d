export { ReportsScreen } from './ReportsScreen'
