import { Anchor, Badge } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LastContact } from '@renderer/components/LastContact'
import { TagList } from '@renderer/components/TagList'
import type { Column } from '@renderer/components/VirtualTable'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Contact } from '@shared/schemas'

export function useContactColumns(organizationNames: Map<string, string>): Column<Contact>[] {
  const { t } = useTranslation()
  return useMemo(
    () => [
      {
        key: 'name',
        header: t('fields.name'),
        width: 'minmax(200px, 1.8fr)',
        sortable: true,
        render: (c) => (
          <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm">
            {contactDisplayName(c)}
          </Anchor>
        )
      },
      {
        key: 'organization',
        header: t('fields.organization'),
        width: 'minmax(180px, 1.6fr)',
        sortable: true,
        render: (c) =>
          c.organizationId ? (
            <Anchor component={Link} to={`/companies/${c.organizationId}`} size="sm" c="inherit">
              {organizationNames.get(c.organizationId) ?? ''}
            </Anchor>
          ) : null
      },
      {
        key: 'role',
        header: t('fields.role'),
        width: 'minmax(140px, 1.3fr)',
        sortable: true,
        render: (c) => c.role
      },
      {
        key: 'email',
        header: t('fields.email'),
        width: 'minmax(180px, 1.5fr)',
        sortable: true,
        render: (c) => c.email
      },
      {
        key: 'language',
        header: t('fields.languageShort'),
        width: '64px',
        render: (c) => <Badge color="gray">{c.language.toUpperCase()}</Badge>
      },
      {
        key: 'tags',
        header: t('fields.tags'),
        width: 'minmax(120px, 1fr)',
        render: (c) => <TagList tags={c.tags} max={2} />
      },
      {
        key: 'lastInteractionAt',
        header: t('fields.lastContact'),
        width: 'minmax(120px, 1fr)',
        sortable: true,
        render: (c) => <LastContact at={c.lastInteractionAt} />
      }
    ],
    [t, organizationNames]
  )
}
