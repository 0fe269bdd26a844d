import { useDbQuery } from '@renderer/db/useDbQuery'
import {
  allOrganizationTags,
  getOrganization,
  listOrganizations
} from '@renderer/db/repositories/organizations'
import { listContactsOfOrganization } from '@renderer/db/repositories/contacts'

export const useOrganizations = () => useDbQuery(listOrganizations, [])
export const useOrganization = (id: string) => useDbQuery(() => getOrganization(id), [id])
export const useOrganizationTags = () => useDbQuery(allOrganizationTags, [])
export const useOrganizationContacts = (id: string) => useDbQuery(() => listContactsOfOrganization(id), [id])
