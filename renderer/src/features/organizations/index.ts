import { lazyScreen } from '@renderer/components/lazyScreen'
import { prefetchQuery } from '@renderer/db/prefetchQuery'
import { organizationPageReads } from '@renderer/db/repositories/organizationPage'
import { organizationsListQuery } from './useOrganizations'

export const OrganizationsScreen = lazyScreen(() => import('./OrganizationsScreen'), 'OrganizationsScreen')
/** The Companies list's read and code, started as the navigation to it starts (see sharedQuery). */
export const prefetchOrganizationsList = () => {
  organizationsListQuery.start()
  void OrganizationsScreen.preload()
}
/** Fetches the Companies list's code ahead of its first opening. */
export const preloadOrganizationsListCode = () => void OrganizationsScreen.preload()
export const OrganizationScreen = lazyScreen(() => import('./OrganizationScreen'), 'OrganizationScreen')
/** The company page's cards' range reads, started as the navigation to the page starts. */
export const prefetchOrganizationPage = (id: string) => prefetchQuery(() => organizationPageReads(id))
/** Fetches the company page's code ahead of its first opening (the same chunk the screen loads). */
export const preloadOrganizationScreen = () => void OrganizationScreen.preload()
export { OrganizationFormModal } from './OrganizationFormModal'
export { RiskBadge } from './RiskBadge'
export { useOrganizations, useOrganization } from './useOrganizations'
export { OrganizationSelect, useOrganizationOptions } from './OrganizationSelect'
export { OrganizationMultiSelect } from './OrganizationMultiSelect'
