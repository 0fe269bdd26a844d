export { PersonPrivacyCard } from './PersonPrivacyCard'
export { PrivacySettings } from './PrivacySettings'
