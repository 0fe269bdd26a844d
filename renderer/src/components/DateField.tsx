import { DateInput, type DateInputProps } from '@mantine/dates'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useToday } from '@renderer/hooks/useToday'
import { formatCalendarDate } from '@shared/domain/dates'
import { parseTypedDate } from '@shared/domain/typed-dates'

/**
 * Every date field of the app: shows « 3 déc. 2026 », « 1er déc. 2026 » / "Dec 3, 2026" and reads what a Quebec
 * officer types (« 15/03/2026 », « 1er avril », "March 15", ISO; see shared/domain/typed-dates).
 * Text it cannot read is refused with a message on leaving the field, and the last good date kept.
 */
export function DateField({ onBlur, onFocus, onChange, error, ...props }: DateInputProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const today = useToday()
  const [typed, setTyped] = useState('')
  const [unreadable, setUnreadable] = useState<string | null>(null)
  // What the field held before typing began: text it cannot read puts it back (a half-typed
  // « 15/03/202 » was read as 2020 on the way)
  const [atFocus, setAtFocus] = useState(props.value)
  return (
    <DateInput
      // The app's own short date (« 1er déc. 2026 »), which parseTypedDate reads back
      valueFormat={(date) => formatCalendarDate(date.slice(0, 10), language)}
      {...props}
      dateParser={(text) => parseTypedDate(text, language, today)}
      error={error || (unreadable && t('validation.dateUnreadable', { text: unreadable }))}
      onInput={(event) => {
        setTyped(event.currentTarget.value)
        setUnreadable(null)
      }}
      onChange={(value) => {
        setUnreadable(null)
        onChange?.(value)
      }}
      onFocus={(event) => {
        setAtFocus(props.value)
        onFocus?.(event)
      }}
      onBlur={(event) => {
        const text = typed.trim()
        if (text && parseTypedDate(text, language, today) === null) {
          setUnreadable(text)
          if (props.value !== atFocus) onChange?.(atFocus instanceof Date ? null : (atFocus ?? null))
        }
        setTyped('')
        onBlur?.(event)
      }}
    />
  )
}
