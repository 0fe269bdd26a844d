import { Fieldset, Group, SegmentedControl, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatLongDate } from '@shared/domain/dates'
import { FOLLOW_UP_CHOICES, followUpDueDate, type QuickLogValues } from './quickLogForm'

interface FollowUpFieldsProps {
  form: UseFormReturnType<QuickLogValues>
  defaultTitle: string
}

/** The optional follow-up created with the log: a preset (Alt+1…4) or a date, and a title. */
export function FollowUpFields({ form, defaultTitle }: FollowUpFieldsProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const choice = form.values.followUp
  const due = followUpDueDate(form.values)
  return (
    <Fieldset legend={t('interactions.followUp.legend')} variant="filled" p="sm">
      <SegmentedControl
        fullWidth
        size="xs"
        aria-label={t('interactions.followUp.legend')}
        data={FOLLOW_UP_CHOICES.map((value) => ({
          value,
          label: t(`interactions.followUp.choice.${value}`)
        }))}
        {...form.getInputProps('followUp')}
      />
      {choice !== 'none' && (
        <Group mt="sm" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 2 }}
            label={t('interactions.followUp.title')}
            placeholder={defaultTitle}
            {...form.getInputProps('followUpTitle')}
          />
          {choice === 'date' ? (
            <DateField
              style={{ flex: 1 }}
              label={t('interactions.followUp.dueDate')}
              required
              {...form.getInputProps('followUpDate')}
            />
          ) : (
            <Text size="sm" mt={30} style={{ flex: 1 }} aria-live="polite">
              {t('interactions.followUp.dueOn', { date: due ? formatLongDate(due, language) : '' })}
            </Text>
          )}
        </Group>
      )}
    </Fieldset>
  )
}
