export { useCloseRecordCheck, type CloseDecision } from './useCloseRecordCheck'
