import { sharedQuery } from '@renderer/db/sharedQuery'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useSharedQuery } from '@renderer/db/useSharedQuery'
import {
  allOrganizationTags,
  getOrganization,
  listOrganizations
} from '@renderer/db/repositories/organizations'
import { listContactsOfOrganization } from '@renderer/db/repositories/contacts'

export const useOrganizations = () => useDbQuery(listOrganizations, [])
/**
 * The Companies list's read: the navigation to the list starts it (prefetchOrganizationsList) and
 * the screen subscribes to that same query, so Dexie copies the 5,000 companies once, not once for
 * the navigation's read and again for the screen's.
 */
export const organizationsListQuery = sharedQuery(listOrganizations)
export const useOrganizationsList = () => useSharedQuery(organizationsListQuery)
export const useOrganization = (id: string) => useDbQuery(() => getOrganization(id), [id])
export const useOrganizationTags = () => useDbQuery(allOrganizationTags, [])
export const useOrganizationContacts = (id: string) => useDbQuery(() => listContactsOfOrganization(id), [id])
