import { Anchor, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconMail, IconPhone, IconUserPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RowList } from '@renderer/components/RowList'
import { RowListItem } from '@renderer/components/RowListItem'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import { ContactFormModal } from '@renderer/features/contacts'
import { compareText } from '@shared/domain/text'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Organization } from '@shared/schemas'
import { useOrganizationContacts } from './useOrganizations'

export function OrganizationContacts({ organization }: { organization: Organization }) {
  const { t } = useTranslation()
  const [adding, add] = useDisclosure()
  const contacts = [...(useOrganizationContacts(organization.id).data ?? [])].sort((a, b) =>
    compareText(contactDisplayName(a), contactDisplayName(b))
  )
  return (
    <SectionCard
      title={t('organizations.contacts.title', { count: contacts.length })}
      actions={
        <SectionButton icon={IconUserPlus} onClick={add.open}>
          {t('contacts.new')}
        </SectionButton>
      }
    >
      <RowList empty={t('organizations.contacts.empty')} count={contacts.length}>
        {contacts.map((c) => (
          <RowListItem key={c.id} justify="space-between">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm">
                {contactDisplayName(c)}
              </Anchor>
              <Text size="xs" c="dimmed" truncate>
                {c.role}
              </Text>
            </Stack>
            <Group gap="md" wrap="nowrap" visibleFrom="sm">
              {c.email && (
                <Group gap={4} wrap="nowrap">
                  <IconMail size={14} aria-hidden />
                  <Text size="xs">{c.email}</Text>
                </Group>
              )}
              {c.phone && (
                <Group gap={4} wrap="nowrap">
                  <IconPhone size={14} aria-hidden />
                  <Text size="xs">{c.phone}</Text>
                </Group>
              )}
            </Group>
          </RowListItem>
        ))}
      </RowList>
      <ContactFormModal opened={adding} onClose={add.close} defaultOrganizationId={organization.id} />
    </SectionCard>
  )
}
