import { lazyScreen } from '@renderer/components/lazyScreen'

export const ContactsScreen = lazyScreen(() => import('./ContactsScreen'), 'ContactsScreen')
export const ContactScreen = lazyScreen(() => import('./ContactScreen'), 'ContactScreen')
export { ContactFormModal } from './ContactFormModal'
export { useContacts, useContact } from './useContacts'
