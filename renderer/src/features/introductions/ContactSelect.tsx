import { Select, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { useContactChoices } from './useIntroductions'

type ContactSelectProps = Omit<SelectProps, 'data' | 'filter'>

/** Pick a person among thousands: accent-insensitive type-ahead over "Name · Company". */
export function ContactSelect(props: ContactSelectProps) {
  const { t } = useTranslation()
  const data = useContactChoices().data ?? []
  return (
    <Select
      searchable
      clearable
      limit={50}
      {...PICKER_KEYS}
      placeholder={t('introductions.picker.placeholder')}
      nothingFoundMessage={t('introductions.picker.nothing')}
      {...props}
      data={data}
      filter={foldedFilter}
    />
  )
}
