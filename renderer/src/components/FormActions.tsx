import { Button, Group, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface FormActionsProps {
  onCancel: () => void
  saving: boolean
  /** Defaults to "Save". */
  submitLabel?: string
  /** Small text at the left, e.g. the keyboard shortcuts. */
  hint?: ReactNode
}

/** The bottom row of a form dialog: Cancel, then the submit button. */
export function FormActions({ onCancel, saving, submitLabel, hint }: FormActionsProps) {
  const { t } = useTranslation()
  return (
    <Group justify={hint ? 'space-between' : 'flex-end'} gap="sm">
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      <Group gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </Group>
  )
}
