import { lazyScreen } from '@renderer/components/lazyScreen'
import { prefetchQuery } from '@renderer/db/prefetchQuery'
import { organizationPageReads } from '@renderer/db/repositories/organizationPage'
import { listOrganizations } from '@renderer/db/repositories/organizations'

export const OrganizationsScreen = lazyScreen(() => import('./OrganizationsScreen'), 'OrganizationsScreen')
/** The Companies list's read, started as the navigation to it starts (see prefetchQuery). */
export const prefetchOrganizationsList = () => prefetchQuery(listOrganizations)
export const OrganizationScreen = lazyScreen(() => import('./OrganizationScreen'), 'OrganizationScreen')
/** The company page's cards' range reads, started as the navigation to the page starts. */
export const prefetchOrganizationPage = (id: string) => prefetchQuery(() => organizationPageReads(id))
/** Fetches the company page's code ahead of its first opening (the same chunk the screen loads). */
export const preloadOrganizationScreen = () => void import('./OrganizationScreen')
export { OrganizationFormModal } from './OrganizationFormModal'
export { RiskBadge } from './RiskBadge'
export { useOrganizations, useOrganization } from './useOrganizations'
export { OrganizationSelect, useOrganizationOptions } from './OrganizationSelect'
export { OrganizationMultiSelect } from './OrganizationMultiSelect'
