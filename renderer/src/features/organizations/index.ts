import { lazyScreen } from '@renderer/components/lazyScreen'

export const OrganizationsScreen = lazyScreen(() => import('./OrganizationsScreen'), 'OrganizationsScreen')
export const OrganizationScreen = lazyScreen(() => import('./OrganizationScreen'), 'OrganizationScreen')
/** Fetches the company page's code ahead of its first opening (the same chunk the screen loads). */
export const preloadOrganizationScreen = () => void import('./OrganizationScreen')
export { OrganizationFormModal } from './OrganizationFormModal'
export { RiskBadge } from './RiskBadge'
export { useOrganizations, useOrganization } from './useOrganizations'
export { OrganizationSelect, useOrganizationOptions } from './OrganizationSelect'
export { OrganizationMultiSelect } from './OrganizationMultiSelect'
