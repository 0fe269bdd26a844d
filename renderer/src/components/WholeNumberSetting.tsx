import { NumberInput } from '@mantine/core'

interface WholeNumberSettingProps {
  label: string
  value: number
  min: number
  max: number
  /** The unit after the stored number, agreeing with it (« 1 an », « 3 ans »). */
  unit: (count: number) => string
  onSave: (value: number) => void
}

/**
 * A whole number saved when the field loses focus, if it is in range and changed. The unit agrees
 * with the stored number: changing it while the person types moved the caret (« 1 », then « 2 »
 * gave « 21 »).
 */
export function WholeNumberSetting({ label, value, min, max, unit, onSave }: WholeNumberSettingProps) {
  return (
    <NumberInput
      // Remounts when the stored value changes (this field's save, another window, an undo)
      key={value}
      aria-label={label}
      defaultValue={value}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      suffix={` ${unit(value)}`}
      w={140}
      onBlur={(event) => {
        const next = parseInt(event.currentTarget.value, 10)
        if (next >= min && next <= max && next !== value) onSave(next)
      }}
    />
  )
}
