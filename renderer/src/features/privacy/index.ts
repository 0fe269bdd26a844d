export { PersonPrivacyCard } from './PersonPrivacyCard'
export { PrivacySettings } from './PrivacySettings'
export { PrivacyOfficerSettings } from './PrivacyOfficerSettings'
