import { Select, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { listOpenOpportunitiesOf, listRecentEvents } from '@renderer/db/repositories/relationships'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { localParts } from '@shared/domain/dates'

interface InteractionLinksProps {
  organizationIds: string[]
  opportunityId: string | null
  eventId: string | null
  onOpportunity: (id: string | null) => void
  onEvent: (id: string | null) => void
}

/** Optional links of a log: a financing file of its companies, and an event. */
export function InteractionLinks(props: InteractionLinksProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const key = props.organizationIds.join(',')
  const files =
    useDbQuery(
      () => listOpenOpportunitiesOf(props.organizationIds, props.opportunityId),
      [key, props.opportunityId]
    ).data ?? []
  const events = useDbQuery(() => listRecentEvents(), []).data ?? []
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('interactions.fields.opportunity')}
        placeholder={files.length === 0 ? t('interactions.fields.noOpenFile') : undefined}
        data={files.map((f) => ({ value: f.id, label: f.title }))}
        value={props.opportunityId}
        onChange={props.onOpportunity}
        disabled={files.length === 0 && !props.opportunityId}
        clearable
      />
      <Select
        label={t('interactions.fields.event')}
        data={events.map((e) => ({
          value: e.id,
          label: `${e.name} (${format.date(localParts(e.startsAt).date)})`
        }))}
        value={props.eventId}
        onChange={props.onEvent}
        searchable
        clearable
        {...PICKER_KEYS}
        filter={foldedFilter}
      />
    </SimpleGrid>
  )
}
