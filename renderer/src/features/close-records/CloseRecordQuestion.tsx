import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export type CloseAnswer = 'use' | 'create' | 'cancel'

interface CloseRecordQuestionProps {
  /** « Stéphane Bergeron existe déjà chez Alumitek : utiliser cette fiche ? » */
  question: string
  /** Why it looks like the same record (same e-mail, same NEQ, a name one letter away). */
  reason: string
  onAnswer: (answer: CloseAnswer) => void
}

/** Asked in the form itself before creating a record that looks like one already stored. */
export function CloseRecordQuestion({ question, reason, onAnswer }: CloseRecordQuestionProps) {
  const { t } = useTranslation()
  const use = useRef<HTMLButtonElement>(null)
  const id = useId()
  useEffect(() => use.current?.focus(), [])
  return (
    <Paper
      withBorder
      p="md"
      bg="var(--mantine-color-yellow-light)"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-reason`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onAnswer('cancel')
      }}
    >
      <Stack gap="xs">
        <Text fw={600} id={`${id}-question`}>
          {question}
        </Text>
        <Text size="sm" id={`${id}-reason`}>
          {reason}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button ref={use} onClick={() => onAnswer('use')}>
            {t('forms.close.use')}
          </Button>
          <Button variant="default" onClick={() => onAnswer('create')}>
            {t('forms.close.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
