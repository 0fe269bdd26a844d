import { Anchor, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Contact, Organization } from '@shared/schemas'
import { partyLinks } from './partyLinks'

interface LinkedPartiesProps {
  organizations: (Organization | undefined)[]
  contacts: (Contact | undefined)[]
}

/** "Logiciels Fjordtech inc. · Éloïse Tremblay", each a link to its page. */
export function LinkedParties({ organizations, contacts }: LinkedPartiesProps) {
  const links = partyLinks(organizations, contacts)
  if (links.length === 0) return null
  return (
    <Group gap={6} wrap="wrap">
      {links.map((link, index) => (
        // The separator ends the line it follows, so a wrapped name never starts with « · »
        <Group key={link.key} gap={6} wrap="nowrap">
          <Anchor component={Link} to={link.to} size="xs">
            {link.label}
          </Anchor>
          {index < links.length - 1 && (
            <Text span size="xs" c="dimmed" aria-hidden>
              ·
            </Text>
          )}
        </Group>
      ))}
    </Group>
  )
}
