import {
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { FormModal } from '@renderer/components/FormModal'
import { FormActions } from '@renderer/components/FormActions'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { listRecentEvents } from '@renderer/db/repositories/relationships'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { todayDate } from '@shared/domain/dates'
import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  introductionInputSchema,
  type Introduction,
  type IntroductionStatus
} from '@shared/schemas'
import { ContactSelect } from './ContactSelect'
import {
  emptyIntroductionForm,
  formToIntroductionInput,
  introductionToForm,
  missingConsents,
  type IntroductionFormValues,
  type IntroductionPreset
} from './introductionForm'
import { useSaveIntroduction } from './useSaveIntroduction'

// The notice names a field by the label the form shows it with
const LABELS = {
  personAId: 'introductions.fields.personA',
  personBId: 'introductions.fields.personB',
  requestedBy: 'introductions.fields.requestedBy',
  reason: 'introductions.fields.reason',
  status: 'introductions.fields.status',
  outcome: 'introductions.fields.outcome',
  outcomeNote: 'introductions.fields.outcomeNote',
  madeAt: 'introductions.fields.madeAt',
  checkInDate: 'introductions.fields.checkIn',
  consentA: 'introductions.fields.consentA',
  consentB: 'introductions.fields.consentB',
  eventId: 'introductions.fields.event'
}
const OPAQUE = ['requestedBy'] as const
const CHOICES = { status: 'introductions.status', outcome: 'introductions.outcome' }

interface IntroductionFormModalProps {
  opened: boolean
  onClose: () => void
  introduction?: Introduction
  preset?: IntroductionPreset
  /** Once saved, before the dialog closes. */
  onSaved?: (introduction: Introduction) => void
}

export function IntroductionFormModal({
  opened,
  onClose,
  introduction,
  preset,
  onSaved
}: IntroductionFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(introduction ? 'introductions.form.editTitle' : 'introductions.form.newTitle')}
    >
      <IntroductionForm introduction={introduction} preset={preset} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  )
}

function IntroductionForm({
  introduction,
  preset = {},
  onClose,
  onSaved
}: Omit<IntroductionFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const events = useDbQuery(() => listRecentEvents(), []).data ?? []
  const form = useForm<IntroductionFormValues>({
    initialValues: introduction
      ? introductionToForm(introduction)
      : emptyIntroductionForm(preset, todayDate()),
    validate: (values) => {
      const errors = validate(introductionInputSchema, formToIntroductionInput(values))
      for (const box of missingConsents(values)) errors[box] = t('forms.consent.required')
      return errors
    }
  })
  const { read, guard, stale } = useStaleGuard(introduction, form, introductionToForm)
  const save = useSaveIntroduction(read)
  const { submit, saving } = useSaveForm(
    form,
    (values) => (read ? guard((revision) => save(values, revision)) : save(values)),
    (saved) => {
      onSaved?.(saved)
      return {
        message: t(introduction ? 'introductions.form.updated' : 'introductions.form.created'),
        close: onClose
      }
    }
  )
  const status = form.values.status

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && (
          <StaleRecordNotice
            kind="introduction"
            labels={LABELS}
            opaque={OPAQUE}
            choices={CHOICES}
            {...stale}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ContactSelect
            label={t('introductions.fields.personA')}
            required
            data-autofocus
            {...form.getInputProps('personAId')}
          />
          <ContactSelect
            label={t('introductions.fields.personB')}
            required
            {...form.getInputProps('personBId')}
          />
        </SimpleGrid>
        <Textarea
          label={t('introductions.fields.reason')}
          placeholder={t('introductions.fields.reasonPlaceholder')}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <SegmentedControl
          fullWidth
          aria-label={t('introductions.fields.status')}
          data={INTRODUCTION_STATUSES.map((s) => ({ value: s, label: t(`introductions.status.${s}`) }))}
          value={status}
          onChange={(value) => form.setFieldValue('status', value as IntroductionStatus)}
        />
        {status === 'outcome' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('introductions.fields.outcome')}
              data={INTRODUCTION_OUTCOMES.map((o) => ({ value: o, label: t(`introductions.outcome.${o}`) }))}
              {...form.getInputProps('outcome')}
            />
            <TextInput label={t('introductions.fields.outcomeNote')} {...form.getInputProps('outcomeNote')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {status !== 'proposed' && (
            <DateField label={t('introductions.fields.madeAt')} {...form.getInputProps('madeAt')} />
          )}
          <DateField
            label={t('introductions.fields.checkIn')}
            description={t('introductions.fields.checkInHint')}
            clearable
            {...form.getInputProps('checkInDate')}
          />
          <Select
            label={t('introductions.fields.event')}
            data={events.map((e) => ({ value: e.id, label: e.name }))}
            searchable
            {...PICKER_KEYS}
            clearable
            {...form.getInputProps('eventId')}
          />
        </SimpleGrid>
        <ContactSelect label={t('introductions.fields.requestedBy')} {...form.getInputProps('requestedBy')} />
        <Group gap="lg">
          <Checkbox
            label={t('introductions.fields.consentA')}
            {...form.getInputProps('consentA', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('introductions.fields.consentB')}
            {...form.getInputProps('consentB', { type: 'checkbox' })}
          />
        </Group>
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  )
}
