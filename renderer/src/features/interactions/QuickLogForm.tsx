import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler, type HotkeyItem } from '@mantine/hooks'
import { IconUsersGroup } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { TimeField } from '@renderer/components/TimeField'
import type { PartyDirectory } from '@renderer/db/repositories/parties'
import type { Interaction } from '@shared/schemas'
import { modKeyLabel } from '@renderer/app/commands'
import { FormActions } from '@renderer/components/FormActions'
import { useFormModalGuard } from '@renderer/components/FormModal'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { FOLLOW_UP_KEYS, LOGGABLE_KINDS } from './constants'
import { FollowUpFields } from './FollowUpFields'
import { InteractionLinks } from './InteractionLinks'
import { logIntroduction, type LogIntroduction } from './logIntroduction'
import { OpenFollowUpChecks } from './OpenFollowUpChecks'
import { PartyPicker } from './PartyPicker'
import { idsOf } from './parties'
import { FOLLOW_UP_CHOICES, followUpDueDate, interactionToValues, type QuickLogValues } from './quickLogForm'
import { useQuickLogSave } from './useQuickLogSave'
import { usePartyName } from './usePartyChoices'

// The notice names a field by the label the form shows it with
const LABELS = {
  parties: 'interactions.party.label',
  kind: 'interactions.fields.kind',
  date: 'interactions.fields.date',
  time: 'interactions.fields.time',
  durationMinutes: 'interactions.fields.duration',
  title: 'interactions.fields.title',
  notes: 'interactions.fields.notes',
  opportunityId: 'interactions.fields.opportunity',
  eventId: 'interactions.fields.event'
}
const OPAQUE = ['parties'] as const
const CHOICES = { kind: 'interactions.kind' }

interface QuickLogFormProps {
  initial: QuickLogValues
  editing: Interaction | null
  directory: PartyDirectory | undefined
  onClose: () => void
  /** "Introduce…": record an introduction between the log's people instead of, or besides, a meeting. */
  onIntroduce: (introduction: LogIntroduction) => void
}

/** The compact log form: only a company or contact is required; Ctrl/Cmd+Enter saves. */
export function QuickLogForm({ initial, editing, directory, onClose, onIntroduce }: QuickLogFormProps) {
  const { t } = useTranslation()
  const form = useForm<QuickLogValues>({
    initialValues: initial,
    validate: {
      parties: (parties) => (parties.length === 0 ? t('validation.interactionNeedsSomeone') : null),
      date: (date) => (date ? null : t('validation.required')),
      time: (time) => (/^\d\d:\d\d$/.test(time) ? null : t('validation.timestamp')),
      followUpDate: (_date, values) =>
        values.followUp !== 'none' && !followUpDueDate(values) ? t('validation.required') : null
    }
  })
  useFormModalGuard(() => form.isDirty())
  const { read, guard, stale } = useStaleGuard(editing ?? undefined, form, interactionToValues)
  const { save, saving } = useQuickLogSave(read ?? null, onClose, guard)
  const defaultFollowUpTitle = t('interactions.followUp.defaultTitle', {
    name: usePartyName(form.values.parties[0])
  })
  // A valid log goes straight to the save: the form's own submit would render the whole form once
  // more (its errors and « submitting » state) in the key press's task, just before the dialog goes
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    if (!form.isValid()) return form.onSubmit(() => {})(event)
    event?.preventDefault()
    void save(form.getValues())
  }
  const kinds =
    editing?.kind === 'introduction' ? [...LOGGABLE_KINDS, 'introduction' as const] : LOGGABLE_KINDS

  const hotkeys: HotkeyItem[] = [
    ['mod+Enter', () => submit()],
    ...FOLLOW_UP_KEYS.map((key, index): HotkeyItem => [
      `alt+${key}`,
      () => form.setFieldValue('followUp', FOLLOW_UP_CHOICES[index]),
      { usePhysicalKeys: true }
    ])
  ]

  return (
    <form onSubmit={submit} onKeyDown={getHotkeyHandler(hotkeys)} noValidate>
      <Stack gap="sm">
        {stale && (
          <StaleRecordNotice
            kind="interaction"
            labels={LABELS}
            opaque={OPAQUE}
            choices={CHOICES}
            {...stale}
          />
        )}
        <PartyPicker
          value={form.values.parties}
          onChange={(parties) => form.setFieldValue('parties', parties)}
          directory={directory}
          allowCreate={!editing}
          focusOnMount
          error={form.errors.parties as string | undefined}
        />
        <TextInput
          label={t('interactions.fields.title')}
          placeholder={t('interactions.fields.titlePlaceholder')}
          {...form.getInputProps('title')}
        />
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label={t('interactions.fields.kind')}
          data={kinds.map((kind) => ({ value: kind, label: t(`interactions.kind.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        {!editing && (
          <Group justify="flex-end" mt={-6}>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
              onClick={() => onIntroduce(logIntroduction(form.values))}
            >
              {t('interactions.quickLog.introduce')}
            </Button>
          </Group>
        )}
        <SimpleGrid cols={3}>
          <DateField label={t('interactions.fields.date')} required {...form.getInputProps('date')} />
          <TimeField label={t('interactions.fields.time')} required {...form.getInputProps('time')} />
          <NumberInput
            label={t('interactions.fields.duration')}
            suffix=" min"
            min={0}
            max={24 * 60}
            step={15}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        <Textarea
          label={t('interactions.fields.notes')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('notes')}
        />
        <InteractionLinks
          organizationIds={idsOf(form.values.parties, 'organization')}
          opportunityId={form.values.opportunityId}
          eventId={form.values.eventId}
          onOpportunity={(id) => form.setFieldValue('opportunityId', id)}
          onEvent={(id) => form.setFieldValue('eventId', id)}
        />
        {!editing && <OpenFollowUpChecks form={form} />}
        {!editing && <FollowUpFields form={form} defaultTitle={defaultFollowUpTitle} />}
        <FormActions
          onCancel={onClose}
          saving={saving}
          hint={t('interactions.quickLog.keysHint', { mod: modKeyLabel() })}
        />
      </Stack>
    </form>
  )
}
