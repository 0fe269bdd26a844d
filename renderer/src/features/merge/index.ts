export { DuplicatesScreen } from './DuplicatesScreen'
export { MergeModal } from './MergeModal'
export { MergeWithMenu } from './MergeWithMenu'
