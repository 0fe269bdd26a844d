import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus, IconUsers } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RecordListLayout } from '@renderer/components/RecordListLayout'
import { ExportVCardsButton } from '@renderer/features/capture'
import { ImportButton } from '@renderer/features/import'
import { SavedViewsMenu } from '@renderer/features/saved-views'
import { VirtualTable } from '@renderer/components/VirtualTable'
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
  const { t } = useTranslation()
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
    <RecordListLayout
      title={t('contacts.title')}
      subtitle={t('contacts.subtitle')}
      actions={
        <>
          {total ? (
            <SavedViewsMenu
              scope="contacts"
              state={state}
              defaults={DEFAULT_CONTACT_LIST_STATE}
              onApply={setState}
            />
          ) : null}
          {total ? <ExportVCardsButton contacts={rows} organizationNames={organizationNames} /> : null}
          <ImportButton />
          <Button variant="default" onClick={() => navigate('/duplicates/contacts')}>
            {t('merge.open')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('contacts.new')}
          </Button>
        </>
      }
      error={error}
      total={total}
      shown={rows.length}
      empty={{
        icon: <IconUsers aria-hidden />,
        title: t('contacts.empty.title'),
        description: t('contacts.empty.description')
      }}
      filteredEmpty={t('contacts.empty.filtered')}
      filters={<ContactFilters state={state} onChange={setState} tags={tags} />}
      table={
        <VirtualTable
          label={t('contacts.title')}
          rows={rows}
          columns={columns}
          rowKey={(c) => c.id}
          sort={state.sort}
          onSortChange={(sort) => set('sort', sort as ContactListState['sort'])}
          onRowOpen={(c) => navigate(`/contacts/${c.id}`)}
          footer={countText(rows.length, total)}
        />
      }
    >
      <ContactFormModal opened={creating} onClose={close} onSaved={(c) => navigate(`/contacts/${c.id}`)} />
    </RecordListLayout>
  )
}
