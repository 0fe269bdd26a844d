import { ActionIcon, Badge, Group, Tooltip } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { createContact } from '@renderer/db/repositories/contacts'
import { useNotify } from '@renderer/hooks/useNotify'
import type { KnownPerson, UnknownPerson } from './meetingLog'

interface AttendeeChipsProps {
  known: KnownPerson[]
  unknown: UnknownPerson[]
  names: ReadonlyMap<string, string>
}

/** Known people as links to their page; unknown addresses with a button making them contacts. */
export function AttendeeChips({ known, unknown, names }: AttendeeChipsProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const add = async (person: UnknownPerson) => {
    try {
      const { firstName, lastName, email, organizationId } = person
      await createContact({ firstName, lastName, email, organizationId })
      notify.success(t('capture.contactAdded', { name: `${firstName} ${lastName}`.trim() }))
    } catch (error) {
      notify.failure(error)
    }
  }
  return (
    <Group gap={4}>
      {known.map((p) => (
        <Badge
          key={p.email}
          variant="light"
          tt="none"
          component={Link}
          to={`/contacts/${p.contactId}`}
          style={{ cursor: 'pointer' }}
        >
          {names.get(p.contactId) ?? p.email}
        </Badge>
      ))}
      {unknown.map((p) => (
        <Badge
          key={p.email}
          variant="outline"
          color="gray"
          tt="none"
          rightSection={
            <Tooltip label={t('capture.addContact', { email: p.email })}>
              <ActionIcon
                size="xs"
                variant="transparent"
                aria-label={t('capture.addContact', { email: p.email })}
                onClick={() => void add(p)}
              >
                <IconUserPlus size={12} />
              </ActionIcon>
            </Tooltip>
          }
        >
          {t('capture.unknownPerson', { email: p.email })}
        </Badge>
      ))}
    </Group>
  )
}
