import { NumberInput } from '@mantine/core'

interface WholeNumberSettingProps {
  label: string
  value: number
  min: number
  max: number
  /** After the number, e.g. " jours". */
  suffix: string
  onSave: (value: number) => void
}

/** A whole number saved when the field loses focus, if it is in range and changed. */
export function WholeNumberSetting({ label, value, min, max, suffix, onSave }: WholeNumberSettingProps) {
  return (
    <NumberInput
      // Remounts when the stored value changes elsewhere (another window, an undo)
      key={value}
      aria-label={label}
      defaultValue={value}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      suffix={suffix}
      w={140}
      onBlur={(event) => {
        const next = parseInt(event.currentTarget.value, 10)
        if (next >= min && next <= max && next !== value) onSave(next)
      }}
    />
  )
}
