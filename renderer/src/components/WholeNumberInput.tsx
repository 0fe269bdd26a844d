import { TextInput, type TextInputProps } from '@mantine/core'

interface WholeNumberInputProps extends Omit<TextInputProps, 'value'> {
  value?: number | string | null
}

/**
 * A count (employees, jobs) as typed text: the form reads it with parseLocaleNumber, so « 12,5 »
 * is refused as a fraction instead of becoming 125 (a numeric input drops the comma as you type).
 */
export function WholeNumberInput({ value, ...props }: WholeNumberInputProps) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={value === null || value === undefined ? '' : String(value)}
    />
  )
}
