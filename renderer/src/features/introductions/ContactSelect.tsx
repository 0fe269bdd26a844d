import { Select, Stack, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { CREATE, useCreateOption } from '@renderer/features/close-records'
import { useContactChoices } from './useIntroductions'

type ContactSelectProps = Omit<SelectProps, 'data' | 'filter'>

/**
 * Pick a person among thousands: accent-insensitive type-ahead over "Name · Company", and
 * « Créer « X » » when nothing matches (asking first when a close one is stored).
 */
export function ContactSelect({ onChange, ...props }: ContactSelectProps) {
  const { t } = useTranslation()
  const options = useContactChoices().data ?? []
  const { create, question, ...picker } = useCreateOption(options, true, 'contact')
  const pick = async () => {
    const created = await create()
    if (created) onChange?.(created.value, created)
  }
  return (
    <Stack gap="xs">
      <Select
        searchable
        clearable
        limit={50}
        {...PICKER_KEYS}
        placeholder={t('introductions.picker.placeholder')}
        nothingFoundMessage={t('introductions.picker.nothing')}
        {...props}
        {...picker}
        onChange={(value, option) => (value === CREATE ? void pick() : onChange?.(value, option))}
      />
      {question}
    </Stack>
  )
}
