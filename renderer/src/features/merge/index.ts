export { DuplicatesScreen } from './DuplicatesScreen'
export { MergeModal } from './MergeModal'
