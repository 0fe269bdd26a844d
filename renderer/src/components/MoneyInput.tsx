import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatCents, parseOptionalMoney } from '@shared/domain/money'

interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** What the person typed: "250 000 $" in French, "$250,000" in English. */
  value: string
  onChange: (value: string) => void
}

/**
 * An amount in CAD typed the way the interface language writes it. On leaving the field a valid
 * amount is rewritten in the standard form; anything else gets a translated message right away
 * (the form still refuses it on save: the text is parsed again there).
 */
export function MoneyInput({ value, onChange, onBlur, error, ...props }: MoneyInputProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const [parseError, setParseError] = useState<string | null>(null)
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      placeholder={language === 'fr' ? '250 000 $' : '$250,000'}
      {...props}
      value={value}
      error={error || parseError}
      onChange={(event) => {
        setParseError(null)
        onChange(event.currentTarget.value)
      }}
      onBlur={(event) => {
        const parsed = parseOptionalMoney(value, language)
        if (!parsed.ok) setParseError(t(parsed.key))
        else if (parsed.cents !== null) onChange(formatCents(parsed.cents, language))
        onBlur?.(event)
      }}
    />
  )
}
