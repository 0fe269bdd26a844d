import { Spotlight } from '@mantine/spotlight'
import { Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { SearchAnswer, SearchHit } from '@shared/search/engine'
import { snippet } from '@shared/search/highlight'
import { KIND_ICON } from './constants'
import { Highlighted } from './Highlighted'

interface SearchResultActionProps {
  hit: SearchHit
  answer: SearchAnswer
  onOpen: (hit: SearchHit) => void
}

/** "2025-03-04" is a calendar date; anything longer is a moment. */
const isCalendarDate = (value: string) => value.length === 10

/** One result: what it is, its name with the matched words marked, and where the match was. */
export function SearchResultAction({ hit, answer, onOpen }: SearchResultActionProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const Icon = KIND_ICON[hit.kind]
  const title = hit.title || t(`interactions.kind.${hit.subtype ?? 'note'}`)
  const date = hit.date ? (isCalendarDate(hit.date) ? format.date(hit.date) : format.timestamp(hit.date)) : ''
  const context = [date, hit.organizationName, hit.contactName, ...hit.details].filter(Boolean).join(' · ')
  const passage = snippet(hit.text, answer.secondary)
  return (
    <Spotlight.Action onClick={() => onOpen(hit)}>
      <Group gap="sm" wrap="nowrap" w="100%" align="flex-start">
        <ThemeIcon variant="light" size="md" aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            <Highlighted text={title} rule={answer.primary} />
          </Text>
          {context && (
            <Text size="xs" c="dimmed" truncate>
              <Highlighted text={context} rule={answer.secondary} />
            </Text>
          )}
          {passage && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              <Highlighted text={passage} rule={answer.secondary} />
            </Text>
          )}
        </Stack>
      </Group>
    </Spotlight.Action>
  )
}
