import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '@renderer/components/VirtualTable'
import type { IntroductionNames } from '@renderer/db/repositories/introductionViews'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { Introduction } from '@shared/schemas'
import { IntroductionBadges } from './IntroductionBadges'
import { IntroductionPeople } from './IntroductionPeople'

export function useIntroductionColumns(names: IntroductionNames | undefined): Column<Introduction>[] {
  const { t } = useTranslation()
  const format = useFormatters()
  return useMemo(() => {
    if (!names) return []
    return [
      {
        key: 'people',
        header: t('introductions.columns.people'),
        width: 'minmax(250px, 2.2fr)',
        render: (i) => <IntroductionPeople introduction={i} names={names} stacked />
      },
      {
        key: 'reason',
        header: t('introductions.columns.reason'),
        width: 'minmax(180px, 1.6fr)',
        render: (i) => (
          <Text size="sm" truncate title={i.reason}>
            {i.reason}
          </Text>
        )
      },
      {
        key: 'status',
        header: t('introductions.columns.status'),
        width: 'minmax(230px, 1.4fr)',
        render: (i) => <IntroductionBadges introduction={i} />
      },
      {
        key: 'madeAt',
        header: t('introductions.columns.madeAt'),
        width: 'minmax(124px, 0.8fr)',
        render: (i) => format.date(i.madeAt)
      },
      {
        key: 'event',
        header: t('introductions.columns.event'),
        width: 'minmax(160px, 1.3fr)',
        render: (i) => {
          const event = i.eventId ? names.events.get(i.eventId) : undefined
          return event ? (
            <Anchor component={Link} to={`/events/${event.id}`} size="sm" truncate>
              {event.name}
            </Anchor>
          ) : null
        }
      }
    ]
  }, [t, format, names])
}
