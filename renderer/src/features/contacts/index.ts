export { ContactsScreen } from './ContactsScreen'
export { ContactScreen } from './ContactScreen'
export { ContactFormModal } from './ContactFormModal'
export { useContacts, useContact } from './useContacts'
