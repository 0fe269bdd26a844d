import { lazyScreen } from '@renderer/components/lazyScreen'

export const TrashScreen = lazyScreen(() => import('./TrashScreen'), 'TrashScreen')
