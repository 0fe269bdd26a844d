import { lazyScreen } from '@renderer/components/lazyScreen'

export { ContactPrivacyCard } from './ContactPrivacyCard'
// Settings sections load with the Settings screen, not with every start
export const PrivacySettings = lazyScreen(() => import('./PrivacySettings'), 'PrivacySettings')
export const PrivacyOfficerSettings = lazyScreen(
  () => import('./PrivacyOfficerSettings'),
  'PrivacyOfficerSettings'
)
