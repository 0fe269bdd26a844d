import { lazyScreen } from '@renderer/components/lazyScreen'

export const ImpactScreen = lazyScreen(() => import('./ImpactScreen'), 'ImpactScreen')
