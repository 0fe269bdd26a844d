export { IntroductionsScreen } from './IntroductionsScreen'
export { IntroductionsCard } from './IntroductionsCard'
export { IntroductionFormModal } from './IntroductionFormModal'
export type { IntroductionPreset } from './introductionForm'
