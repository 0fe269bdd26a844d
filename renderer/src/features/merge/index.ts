import { lazyScreen } from '@renderer/components/lazyScreen'

export const DuplicatesScreen = lazyScreen(() => import('./DuplicatesScreen'), 'DuplicatesScreen')
export { MergeModal } from './MergeModal'
export { MergeWithMenu } from './MergeWithMenu'
