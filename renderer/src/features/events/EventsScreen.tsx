import { SegmentedControl } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCalendarEvent } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FilterBar } from '@renderer/components/FilterBar'
import { UnsavedEventDrafts } from '@renderer/components/UnsavedEventDrafts'
import { RecordListScreen } from '@renderer/components/RecordListScreen'
import { useListScreen } from '@renderer/hooks/useListScreen'
import { EVENT_PERIODS, eventsOfPeriod, type EventPeriod } from '@shared/domain/events'
import { queryMatcher } from '@shared/domain/list-filters'
import { EventFormModal } from './EventFormModal'
import { useEventColumns } from './useEventColumns'
import { useEventRows } from './useEvents'

interface EventListState {
  query: string
  period: EventPeriod
}

export function EventsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const { state, set, countText } = useListScreen<EventListState>('events', 'relais.events.list', {
    query: '',
    period: 'all'
  })
  const { data, error } = useEventRows()
  const columns = useEventColumns()
  const rows = useMemo(() => {
    const matches = queryMatcher(state.query)
    const found = (data ?? []).filter(({ event, organizers }) =>
      matches([event.name, event.venue, event.city, ...organizers.map((o) => o.name)])
    )
    const order = eventsOfPeriod(
      found.map((r) => r.event),
      state.period,
      new Date()
    )
    const byId = new Map(found.map((r) => [r.event.id, r]))
    return order.flatMap((e) => byId.get(e.id) ?? [])
  }, [data, state])
  const total = data?.length

  return (
    <RecordListScreen
      namespace="events"
      icon={<IconCalendarEvent aria-hidden />}
      onNew={open}
      error={error}
      rows={rows}
      total={total}
      filters={
        <>
          <UnsavedEventDrafts />
          <FilterBar
            queryLabel={t('events.search')}
            query={state.query}
            onQueryChange={(query) => set('query', query)}
            queryWidth={280}
          >
            <SegmentedControl
              aria-label={t('events.period.label')}
              data={EVENT_PERIODS.map((p) => ({ value: p, label: t(`events.period.${p}`) }))}
              value={state.period}
              onChange={(period) => set('period', period as EventPeriod)}
            />
          </FilterBar>
        </>
      }
      table={{ columns, rowKey: (r) => r.event.id, onRowOpen: (r) => navigate(`/events/${r.event.id}`) }}
      countText={countText}
    >
      <EventFormModal opened={creating} onClose={close} onSaved={(e) => navigate(`/events/${e.id}`)} />
    </RecordListScreen>
  )
}
