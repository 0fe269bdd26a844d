import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { TimeField } from '@renderer/components/TimeField'
import { FormModal } from '@renderer/components/FormModal'
import { FormActions } from '@renderer/components/FormActions'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { createEvent, updateEvent } from '@renderer/db/repositories/events'
import { OrganizationMultiSelect, useOrganizationOptions } from '@renderer/features/organizations'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { todayDate } from '@shared/domain/dates'
import { eventInputSchema, type RelaisEvent } from '@shared/schemas'
import { emptyEventForm, eventToForm, formToEventInput, type EventFormValues } from './eventForm'

const EVENT_LABELS = {
  name: 'events.fields.name',
  date: 'events.fields.date',
  start: 'events.fields.start',
  end: 'events.fields.end',
  venue: 'events.fields.venue',
  city: 'events.fields.city',
  organizerIds: 'events.fields.organizers'
}

interface EventFormModalProps {
  opened: boolean
  onClose: () => void
  event?: RelaisEvent
  onSaved?: (event: RelaisEvent) => void
}

const TIME = /^\d\d:\d\d$/

export function EventFormModal({ opened, onClose, event, onSaved }: EventFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(event ? 'events.form.editTitle' : 'events.form.newTitle')}
    >
      <EventForm event={event} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  )
}

function EventForm({ event, onClose, onSaved }: Omit<EventFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const organizations = useOrganizationOptions()
  const form = useForm<EventFormValues>({
    initialValues: event ? eventToForm(event) : emptyEventForm(todayDate()),
    validate: (values) => {
      const errors = validate(eventInputSchema, formToEventInput(values))
      if (errors.startsAt) errors[values.date ? 'start' : 'date'] = errors.startsAt
      if (errors.endsAt) errors.end = errors.endsAt
      // An end that cannot be read is not silently dropped
      if (values.end && !TIME.test(values.end)) errors.end = t('validation.timestamp')
      return errors
    }
  })
  const { read, guard, stale } = useStaleGuard(event, form, eventToForm)
  const { submit, saving } = useSaveForm(
    form,
    (values) =>
      read
        ? guard((revision) => updateEvent(read.id, formToEventInput(values), revision))
        : createEvent(formToEventInput(values)),
    (saved) => {
      onSaved?.(saved)
      return { message: t(event ? 'events.form.updated' : 'events.form.created'), close: onClose }
    }
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && <StaleRecordNotice kind="event" labels={EVENT_LABELS} {...stale} />}
        <TextInput label={t('events.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('events.fields.date')} required {...form.getInputProps('date')} />
          <TimeField label={t('events.fields.start')} required {...form.getInputProps('start')} />
          <TimeField label={t('events.fields.end')} {...form.getInputProps('end')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('events.fields.venue')} {...form.getInputProps('venue')} />
          <TextInput label={t('events.fields.city')} {...form.getInputProps('city')} />
        </SimpleGrid>
        <OrganizationMultiSelect
          label={t('events.fields.organizers')}
          placeholder={t('events.fields.organizersPlaceholder')}
          options={organizations}
          clearable={false}
          nothingFoundMessage={t('forms.picker.noOrganization')}
          {...form.getInputProps('organizerIds')}
        />
        <Textarea
          label={t('events.fields.notes')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('notes')}
        />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  )
}
