export { IntroductionsScreen } from './IntroductionsScreen'
export { IntroductionsCard } from './IntroductionsCard'
export { IntroductionFormModal } from './IntroductionFormModal'
