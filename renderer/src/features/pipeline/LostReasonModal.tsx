import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShellOnFirstOpening } from '@renderer/hooks/useShellOnFirstOpening'

interface LostReasonModalProps {
  /** The file being marked lost; the dialog is closed when null. */
  title: string | null
  initialReason?: string
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/** Asks why a file was lost before it goes to a lost stage: the reason is required. */
export function LostReasonModal({ title, initialReason = '', onCancel, onConfirm }: LostReasonModalProps) {
  const { t } = useTranslation()
  // mounted with the board, which seldom asks: the dialog's shell comes with its first opening
  const shell = useShellOnFirstOpening(title !== null)
  if (!shell.render) return null
  return (
    <Modal opened={shell.opened} onClose={onCancel} title={t('pipeline.lost.title')} size="md">
      {title !== null && (
        <LostReasonForm
          title={title}
          initialReason={initialReason}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      )}
    </Modal>
  )
}

function LostReasonForm({
  title,
  initialReason,
  onCancel,
  onConfirm
}: LostReasonModalProps & { title: string }) {
  const { t } = useTranslation()
  const [reason, setReason] = useState(initialReason ?? '')
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') setError(t('validation.lostReasonRequired'))
    else onConfirm(reason.trim())
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('pipeline.lost.explanation', { title })}</Text>
        <Textarea
          label={t('pipeline.fields.lostReason')}
          required
          data-autofocus
          autosize
          minRows={2}
          value={reason}
          error={error}
          onChange={(event) => {
            setError(null)
            setReason(event.currentTarget.value)
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red">
            {t('pipeline.lost.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
