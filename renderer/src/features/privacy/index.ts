export { ContactPrivacyCard } from './ContactPrivacyCard'
export { PrivacySettings } from './PrivacySettings'
export { PrivacyOfficerSettings } from './PrivacyOfficerSettings'
