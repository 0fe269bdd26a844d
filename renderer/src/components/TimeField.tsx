import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatTimeOfDay, parseTimeOfDay } from '@shared/domain/time-of-day'

interface TimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** "HH:mm", '' when empty, or the unreadable text being typed. */
  value?: string
  onChange: (value: string) => void
}

/**
 * Every time field: « 17:00 » in French, "5:00 PM" in English, whatever the browser's locale (the
 * native time input follows the browser, not the app). Reads « 17h », « 17 h 30 », "5 pm"…
 * (shared/domain/time-of-day); text it cannot read stays as typed and is flagged on leaving.
 */
export function TimeField({ value = '', onChange, onFocus, onBlur, error, ...props }: TimeFieldProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const [typing, setTyping] = useState<string | null>(null)
  const [unreadable, setUnreadable] = useState<string | null>(null)
  const shown = parseTimeOfDay(value) === value ? formatTimeOfDay(value, language) : value
  return (
    <TextInput
      autoComplete="off"
      {...props}
      value={typing ?? shown}
      error={error || (unreadable && t('validation.timeUnreadable', { text: unreadable }))}
      onFocus={(event) => {
        setTyping(shown)
        onFocus?.(event)
      }}
      onChange={(event) => {
        const text = event.currentTarget.value
        setTyping(text)
        setUnreadable(null)
        onChange(text.trim() === '' ? '' : (parseTimeOfDay(text) ?? text))
      }}
      onBlur={(event) => {
        const text = (typing ?? '').trim()
        setTyping(null)
        if (text && parseTimeOfDay(text) === null) setUnreadable(text)
        onBlur?.(event)
      }}
    />
  )
}
