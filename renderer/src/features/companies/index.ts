import { lazyScreen } from '@renderer/components/lazyScreen'

export const CompaniesScreen = lazyScreen(() => import('./CompaniesScreen'), 'CompaniesScreen')
export const CompanyScreen = lazyScreen(() => import('./CompanyScreen'), 'CompanyScreen')
export { CompanyFormModal } from './CompanyFormModal'
export { RiskBadge } from './RiskBadge'
export { useOrganizations, useOrganization } from './useCompanies'
export { OrganizationSelect, useOrganizationOptions } from './OrganizationSelect'
