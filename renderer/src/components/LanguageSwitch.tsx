import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { usePreferences } from '@renderer/app/PreferencesProvider'

/** Français / English, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const { language, setLanguage } = usePreferences()
  return (
    <SegmentedControl
      aria-label={t('settings.language.label')}
      value={language}
      onChange={(value) => void setLanguage(value === 'en' ? 'en' : 'fr')}
      data={[
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' }
      ]}
    />
  )
}
