import { Checkbox, Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormActions } from '@renderer/components/FormActions'
import { useSaveForm } from '@renderer/hooks/useSaveForm'

export interface ViewNameValues {
  name: string
  pinned: boolean
}

interface SaveViewModalProps {
  title: string
  initial: ViewNameValues
  onSave: (values: ViewNameValues) => Promise<unknown>
  /** Confirmation once saved, already translated. */
  saved: (values: ViewNameValues) => string
  onClose: () => void
}

/** Name a view (new or renamed) and choose whether it shows in the navigation. Mount when open. */
export function SaveViewModal({ title, initial, onSave, saved, onClose }: SaveViewModalProps) {
  const { t } = useTranslation()
  const form = useForm<ViewNameValues>({ initialValues: initial })
  const { submit, saving } = useSaveForm(
    form,
    async (values) => {
      await onSave(values)
      return values
    },
    (values) => ({ message: saved(values), close: onClose })
  )
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('savedViews.fields.name')}
            placeholder={t('savedViews.fields.namePlaceholder')}
            required
            data-autofocus
            maxLength={80}
            {...form.getInputProps('name')}
          />
          <Checkbox
            label={t('savedViews.fields.pinned')}
            {...form.getInputProps('pinned', { type: 'checkbox' })}
          />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  )
}
