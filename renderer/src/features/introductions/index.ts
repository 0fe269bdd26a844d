import { lazyScreen } from '@renderer/components/lazyScreen'

export const IntroductionsScreen = lazyScreen(() => import('./IntroductionsScreen'), 'IntroductionsScreen')
export { IntroductionsCard } from './IntroductionsCard'
export { IntroductionFormModal } from './IntroductionFormModal'
export type { IntroductionPreset } from './introductionForm'
