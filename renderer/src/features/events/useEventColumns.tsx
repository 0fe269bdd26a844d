import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '@renderer/components/VirtualTable'
import type { EventRow } from '@renderer/db/repositories/events'
import { useFormatters } from '@renderer/hooks/useFormatters'

export function useEventColumns(): Column<EventRow>[] {
  const { t } = useTranslation()
  const format = useFormatters()
  return useMemo(
    () => [
      {
        key: 'name',
        header: t('events.columns.name'),
        width: 'minmax(240px, 2.4fr)',
        render: ({ event }) => (
          <Anchor component={Link} to={`/events/${event.id}`} fw={600} size="sm">
            {event.name}
          </Anchor>
        )
      },
      {
        key: 'date',
        header: t('events.columns.date'),
        width: 'minmax(150px, 1.2fr)',
        render: ({ event }) => format.timestamp(event.startsAt)
      },
      {
        key: 'place',
        header: t('events.columns.place'),
        width: 'minmax(160px, 1.4fr)',
        render: ({ event }) => [event.venue, event.city].filter(Boolean).join(', ')
      },
      {
        key: 'organizers',
        header: t('events.columns.organizers'),
        width: 'minmax(180px, 1.6fr)',
        render: ({ organizers }) => (
          <Text size="sm" truncate title={organizers.map((o) => o.name).join(', ')}>
            {organizers.map((o) => o.name).join(', ')}
          </Text>
        )
      },
      {
        key: 'met',
        header: t('events.columns.met'),
        width: 'minmax(100px, 0.7fr)',
        render: ({ encounters }) => format.number(encounters)
      }
    ],
    [t, format]
  )
}
