export { useCloseRecordCheck, type CloseDecision } from './useCloseRecordCheck'
export { CREATE, useCreateOption } from './useCreateOption'
export { CreatableSelect } from './CreatableSelect'
