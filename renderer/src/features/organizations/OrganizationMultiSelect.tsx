import { MultiSelect, Stack, type ComboboxItem, type MultiSelectProps } from '@mantine/core'
import { RECORD_PICKER } from '@renderer/components/pickerKeys'
import { CREATE, useCreateOption } from '@renderer/features/close-records'

interface OrganizationMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'filter' | 'onChange'> {
  /** The companies offered, in the order they should be listed. */
  options: ComboboxItem[]
  value?: string[]
  onChange?: (ids: string[]) => void
}

/** Several companies (partners, organisers): accent-insensitive type-ahead, and « Créer « X » » when nothing matches. */
export function OrganizationMultiSelect({
  options,
  value = [],
  onChange = () => {},
  ...props
}: OrganizationMultiSelectProps) {
  const { create, question, ...picker } = useCreateOption(options, true, 'organization')
  const add = async () => {
    const created = await create()
    if (created && !value.includes(created.value)) onChange([...value, created.value])
  }
  return (
    <Stack gap="xs">
      <MultiSelect
        {...RECORD_PICKER}
        {...props}
        {...picker}
        value={value}
        onChange={(ids) => (ids.includes(CREATE) ? void add() : onChange(ids))}
      />
      {question}
    </Stack>
  )
}
