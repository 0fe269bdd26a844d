import { Button, Grid, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBolt } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { UnsavedEventDrafts } from '@renderer/components/UnsavedEventDrafts'
import { RecordActions } from '@renderer/components/RecordActions'
import { deleteEvent, restoreEvent } from '@renderer/db/repositories/events'
import { IntroductionsCard } from '@renderer/features/introductions'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { EventDetails } from './EventDetails'
import { EventEncounters } from './EventEncounters'
import { EventFollowUps } from './EventFollowUps'
import { EventFormModal } from './EventFormModal'
import { useEventDetail } from './useEvents'

/** An event's page: who was met there, what was promised, who was put in touch. */
export function EventScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const format = useFormatters()
  const [editing, edit] = useDisclosure()
  const { data: detail, isLoading, error } = useEventDetail(id)

  if (error) return <ErrorState error={error} />
  if (isLoading) return <LoadingState />
  if (!detail) return <NotFoundScreen messageKey="events.notFound" />
  const { event } = detail

  return (
    <>
      <PageHeader
        above={<BackLink to="/events" label={t('events.title')} />}
        title={event.name}
        subtitle={[format.timestamp(event.startsAt), event.venue, event.city].filter(Boolean).join(' · ')}
        actions={
          <>
            <Button
              component={Link}
              to={`/events/${id}/capture`}
              leftSection={<IconBolt size={16} aria-hidden />}
            >
              {t('events.capture.button')}
            </Button>
            <RecordActions
              name={event.name}
              onEdit={edit.open}
              remove={() => deleteEvent(event.id)}
              restore={() => restoreEvent(event.id)}
              listPath="/events"
              recordPath={`/events/${event.id}`}
            />
          </>
        }
      />
      <UnsavedEventDrafts eventId={id} named={false} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <EventEncounters detail={detail} />
            <EventFollowUps detail={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <EventDetails detail={detail} />
            <IntroductionsCard scope={{ eventId: id }} preset={{ eventId: id }} />
          </Stack>
        </Grid.Col>
      </Grid>
      <EventFormModal opened={editing} onClose={edit.close} event={event} />
    </>
  )
}
