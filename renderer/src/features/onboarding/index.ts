import { lazyScreen } from '@renderer/components/lazyScreen'

// Shown once, on a workspace's first start: not part of every other start
export const WelcomeScreen = lazyScreen(() => import('./WelcomeScreen'), 'WelcomeScreen')
