import type { SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CreatableSelect } from '@renderer/features/close-records'
import { useContactChoices } from './useIntroductions'

type ContactSelectProps = Omit<SelectProps, 'data' | 'filter'>

/** Pick a person among thousands over "Name · Company"; « Créer « X » » when nothing matches. */
export function ContactSelect(props: ContactSelectProps) {
  const { t } = useTranslation()
  const options = useContactChoices().data ?? []
  return (
    <CreatableSelect
      options={options}
      kind="contact"
      placeholder={t('introductions.picker.placeholder')}
      nothingFoundMessage={t('introductions.picker.nothing')}
      {...props}
    />
  )
}
