import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface EraseModalProps {
  opened: boolean
  name: string
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

/** Erasure cannot be undone: the officer types the word to confirm it. */
export function EraseModal({ opened, name, busy, onCancel, onConfirm }: EraseModalProps) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const confirmed = typed.trim().toUpperCase() === t('privacy.erase.confirmWord')
  return (
    <Modal opened={opened} onClose={onCancel} title={t('privacy.erase.title', { name })}>
      <Stack gap="md">
        <Text size="sm">{t('privacy.erase.explanation')}</Text>
        <TextInput
          label={t('privacy.erase.confirmLabel')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!confirmed} loading={busy} onClick={onConfirm}>
            {t('privacy.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
