import { SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { FormModal } from '@renderer/components/FormModal'
import { FormActions } from '@renderer/components/FormActions'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { updateFollowUp } from '@renderer/db/repositories/followUps'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { followUpInputSchema, PRIORITIES, type FollowUp, type Priority } from '@shared/schemas'

interface FollowUpFormModalProps {
  opened: boolean
  onClose: () => void
  followUp: FollowUp
}

interface FollowUpFormValues {
  title: string
  dueDate: string | null
  priority: Priority
  notes: string
}

const toForm = (followUp: FollowUp): FollowUpFormValues => ({
  title: followUp.title,
  dueDate: followUp.dueDate,
  priority: followUp.priority,
  notes: followUp.notes
})

const LABELS = {
  title: 'followUps.form.title',
  dueDate: 'followUps.form.dueDate',
  priority: 'followUps.form.priority',
  notes: 'followUps.form.notes'
}

export function FollowUpFormModal({ opened, onClose, followUp }: FollowUpFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal opened={opened} onClose={onClose} title={t('followUps.form.editTitle')}>
      <FollowUpForm followUp={followUp} onClose={onClose} />
    </FormModal>
  )
}

function FollowUpForm({ followUp, onClose }: Omit<FollowUpFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const toInput = (v: FollowUpFormValues) => ({ ...v, dueDate: v.dueDate ?? '' })
  const form = useForm<FollowUpFormValues>({
    initialValues: toForm(followUp),
    validate: (values) => validate(followUpInputSchema, toInput(values))
  })
  const { read, guard, stale } = useStaleGuard(followUp, form, toForm)
  const { submit, saving } = useSaveForm(
    form,
    (values) => guard((revision) => updateFollowUp(read?.id ?? followUp.id, toInput(values), revision)),
    () => ({ message: t('followUps.form.saved'), close: onClose })
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {stale && (
          <StaleRecordNotice
            kind="followUp"
            labels={LABELS}
            choices={{ priority: 'followUps.priority' }}
            {...stale}
          />
        )}
        <TextInput
          label={t('followUps.form.title')}
          required
          data-autofocus
          {...form.getInputProps('title')}
        />
        <DateField label={t('followUps.form.dueDate')} required {...form.getInputProps('dueDate')} />
        <SegmentedControl
          aria-label={t('followUps.form.priority')}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`followUps.priority.${p}`) }))}
          {...form.getInputProps('priority')}
        />
        <Textarea label={t('followUps.form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  )
}
