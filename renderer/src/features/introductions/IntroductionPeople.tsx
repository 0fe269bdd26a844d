import { Anchor, Group, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { IntroductionNames } from '@renderer/db/repositories/introductionViews'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Introduction } from '@shared/schemas'

function Person({ id, names }: { id: string; names: IntroductionNames }) {
  const person = names.contacts.get(id)
  if (!person)
    return (
      <Text span size="sm" c="dimmed">
        …
      </Text>
    )
  const company = person.organizationId ? names.organizations.get(person.organizationId) : undefined
  return (
    <Text span size="sm">
      <Anchor component={Link} to={`/contacts/${id}`} size="sm" fw={600}>
        {contactDisplayName(person)}
      </Anchor>
      {company && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({company.name})
        </Text>
      )}
    </Text>
  )
}

/** "Éloïse Tremblay (Fjordtech) ↔ Samuel Gagnon (Nordik)", each person a link. */
export function IntroductionPeople({
  introduction,
  names,
  stacked = false
}: {
  introduction: Introduction
  names: IntroductionNames
  /** One person a line, for a table row of fixed height. */
  stacked?: boolean
}) {
  if (stacked)
    return (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Person id={introduction.personAId} names={names} />
        <Text span size="sm" truncate>
          <Text span c="dimmed" aria-hidden>
            ↔{' '}
          </Text>
          <Person id={introduction.personBId} names={names} />
        </Text>
      </Stack>
    )
  return (
    <Group gap={6} wrap="wrap">
      <Person id={introduction.personAId} names={names} />
      <Text span size="sm" c="dimmed" aria-hidden>
        ↔
      </Text>
      <Person id={introduction.personBId} names={names} />
    </Group>
  )
}

/** The two names as plain text (an accessible name, a search haystack). */
export function introductionNamesText(introduction: Introduction, names: IntroductionNames): string[] {
  return [introduction.personAId, introduction.personBId].map((id) => {
    const person = names.contacts.get(id)
    return person ? contactDisplayName(person) : ''
  })
}
