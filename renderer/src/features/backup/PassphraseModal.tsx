import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/backup/encryption'

interface PassphraseModalProps {
  /** "encrypt": choose a passphrase (typed twice); "unlock": open an encrypted file. */
  mode: 'encrypt' | 'unlock' | null
  busy: boolean
  onCancel: () => void
  onSubmit: (passphrase: string) => void
}

export function PassphraseModal({ mode, busy, onCancel, onSubmit }: PassphraseModalProps) {
  const { t } = useTranslation()
  return (
    <Modal opened={mode !== null} onClose={onCancel} title={t(`backup.${mode ?? 'unlock'}.title`)}>
      {mode && <PassphraseForm mode={mode} busy={busy} onCancel={onCancel} onSubmit={onSubmit} />}
    </Modal>
  )
}

function PassphraseForm({
  mode,
  busy,
  onCancel,
  onSubmit
}: PassphraseModalProps & { mode: 'encrypt' | 'unlock' }) {
  const { t } = useTranslation()
  const form = useForm({
    initialValues: { passphrase: '', again: '' },
    validate: {
      passphrase: (value) =>
        mode === 'encrypt' && value.length < MIN_PASSPHRASE_LENGTH
          ? t('backup.encrypt.tooShort', { min: MIN_PASSPHRASE_LENGTH })
          : value.length === 0
            ? t('validation.required')
            : null,
      again: (value, values) =>
        mode === 'encrypt' && value !== values.passphrase ? t('backup.encrypt.mismatch') : null
    }
  })
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values.passphrase))} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t(`backup.${mode}.body`)}</Text>
        <PasswordInput
          label={t(`backup.${mode}.passphrase`)}
          data-autofocus
          {...form.getInputProps('passphrase')}
        />
        {mode === 'encrypt' && (
          <PasswordInput label={t('backup.encrypt.again')} {...form.getInputProps('again')} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t(`backup.${mode}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
