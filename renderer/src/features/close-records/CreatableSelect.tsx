import { Select, Stack, type ComboboxItem, type SelectProps } from '@mantine/core'
import { RECORD_PICKER } from '@renderer/components/pickerKeys'
import { CREATE, useCreateOption } from './useCreateOption'

export interface CreatableSelectProps extends Omit<SelectProps, 'data' | 'filter'> {
  options: ComboboxItem[]
  kind: 'organization' | 'contact'
  /** When nothing matches, offer « Créer « X » » (asking first when a close one is stored). */
  allowCreate?: boolean
}

/** Pick a company or a person among thousands: accent-insensitive type-ahead, only 50 options rendered. */
export function CreatableSelect({
  options,
  kind,
  allowCreate = true,
  onChange,
  ...props
}: CreatableSelectProps) {
  const { create, question, ...picker } = useCreateOption(options, allowCreate, kind)
  const pick = async () => {
    const created = await create()
    if (created) onChange?.(created.value, created)
  }
  return (
    <Stack gap="xs">
      <Select
        {...RECORD_PICKER}
        {...props}
        {...picker}
        onChange={(value, option) => (value === CREATE ? void pick() : onChange?.(value, option))}
      />
      {question}
    </Stack>
  )
}
