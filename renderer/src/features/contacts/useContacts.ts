import { useDbQuery } from '@renderer/db/useDbQuery'
import { allContactTags, getContact, listContacts } from '@renderer/db/repositories/contacts'

export const useContacts = () => useDbQuery(listContacts, [])
export const useContact = (id: string) => useDbQuery(() => getContact(id), [id])
export const useContactTags = () => useDbQuery(allContactTags, [])
