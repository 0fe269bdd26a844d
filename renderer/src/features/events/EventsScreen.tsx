import { Button, Group, SegmentedControl, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCalendarEvent, IconPlus, IconSearch } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { UnsavedEventDrafts } from '@renderer/components/UnsavedEventDrafts'
import { RecordListLayout } from '@renderer/components/RecordListLayout'
import { VirtualTable } from '@renderer/components/VirtualTable'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useSessionState } from '@renderer/hooks/useSessionState'
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
  const format = useFormatters()
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const [state, setState] = useSessionState<EventListState>('relais.events.list', {
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
    <RecordListLayout
      title={t('events.title')}
      subtitle={t('events.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
          {t('events.new')}
        </Button>
      }
      error={error}
      total={total}
      shown={rows.length}
      empty={{
        icon: <IconCalendarEvent aria-hidden />,
        title: t('events.empty.title'),
        description: t('events.empty.description')
      }}
      filteredEmpty={t('events.empty.filtered')}
      filters={
        <>
          <UnsavedEventDrafts />
          <Group gap="sm" mb="md" wrap="wrap">
            <TextInput
              aria-label={t('events.search')}
              placeholder={t('events.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={state.query}
              onChange={(e) => setState({ ...state, query: e.currentTarget.value })}
              w={280}
            />
            <SegmentedControl
              aria-label={t('events.period.label')}
              data={EVENT_PERIODS.map((p) => ({ value: p, label: t(`events.period.${p}`) }))}
              value={state.period}
              onChange={(period) => setState({ ...state, period: period as EventPeriod })}
            />
          </Group>
        </>
      }
      table={
        <VirtualTable
          label={t('events.title')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.event.id}
          onRowOpen={(r) => navigate(`/events/${r.event.id}`)}
          footer={t('events.count', {
            shown: format.number(rows.length),
            total: format.number(total),
            count: total
          })}
        />
      }
    >
      <EventFormModal opened={creating} onClose={close} onSaved={(e) => navigate(`/events/${e.id}`)} />
    </RecordListLayout>
  )
}
