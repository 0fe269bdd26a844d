import { useDisclosure } from '@mantine/hooks'
import { IconUsers } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { RecordListScreen } from '@renderer/components/RecordListScreen'
import { ExportVCardsButton } from '@renderer/features/capture'
import { DirectoryActions } from '@renderer/features/directory'
import { useOrganizations } from '@renderer/features/organizations'
import { useListScreen } from '@renderer/hooks/useListScreen'
import {
  DEFAULT_CONTACT_LIST_STATE,
  filterContacts,
  type ContactListState
} from '@shared/domain/list-filters'
import { ContactFilters } from './ContactFilters'
import { ContactFormModal } from './ContactFormModal'
import { useContactColumns } from './useContactColumns'
import { useContacts, useContactTags } from './useContacts'

export function ContactsScreen() {
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const { state, setState, set, countText } = useListScreen<ContactListState>(
    'contacts',
    'relais.contacts.list',
    DEFAULT_CONTACT_LIST_STATE
  )
  const { data: contacts, error } = useContacts()
  const organizations = useOrganizations().data
  const tags = useContactTags().data ?? []
  const organizationNames = useMemo(
    () => new Map((organizations ?? []).map((o) => [o.id, o.name])),
    [organizations]
  )
  const columns = useContactColumns(organizationNames)
  const rows = useMemo(
    () => (contacts ? filterContacts(contacts, organizationNames, state) : []),
    [contacts, organizationNames, state]
  )
  const total = contacts?.length

  return (
    <RecordListScreen
      namespace="contacts"
      icon={<IconUsers aria-hidden />}
      onNew={open}
      extraActions={
        <>
          <DirectoryActions
            scope="contacts"
            state={state}
            defaults={DEFAULT_CONTACT_LIST_STATE}
            onApply={setState}
            total={total}
          />
          {total ? <ExportVCardsButton contacts={rows} organizationNames={organizationNames} /> : null}
        </>
      }
      error={error}
      rows={rows}
      total={total}
      filters={<ContactFilters state={state} onChange={setState} tags={tags} />}
      table={{
        columns,
        rowKey: (c) => c.id,
        sort: state.sort,
        onSortChange: (sort) => set('sort', sort as ContactListState['sort']),
        onRowOpen: (c) => navigate(`/contacts/${c.id}`)
      }}
      countText={countText}
    >
      <ContactFormModal opened={creating} onClose={close} onSaved={(c) => navigate(`/contacts/${c.id}`)} />
    </RecordListScreen>
  )
}
