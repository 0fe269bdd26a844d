import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DetailList } from '@renderer/components/DetailList'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { SectionCard } from '@renderer/components/SectionCard'
import type { EventDetail } from '@renderer/db/repositories/events'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatTime, localParts } from '@shared/domain/dates'

/** When and where, who organised it, and the notes. */
export function EventDetails({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { event, organizers } = detail
  const date = format.date(localParts(event.startsAt).date)
  const start = formatTime(event.startsAt, format.language)
  const when = event.endsAt
    ? t('events.page.when', { date, start, end: formatTime(event.endsAt, format.language) })
    : t('events.page.whenStart', { date, start })
  return (
    <SectionCard title={t('events.page.details')}>
      <DetailList
        cols={1}
        items={[
          { label: t('events.fields.date'), value: when },
          { label: t('events.fields.venue'), value: event.venue },
          { label: t('events.fields.city'), value: event.city },
          {
            label: t('events.fields.organizers'),
            value: organizers.length ? <LinkedParties organizations={organizers} contacts={[]} /> : ''
          },
          {
            label: t('events.fields.notes'),
            value: event.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {event.notes}
              </Text>
            ) : (
              ''
            )
          }
        ]}
      />
    </SectionCard>
  )
}
