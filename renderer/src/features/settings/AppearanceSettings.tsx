import { SegmentedControl, useMantineColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { LanguageSwitch } from '@renderer/components/LanguageSwitch'
import { SettingRow } from '@renderer/components/SettingRow'

export function AppearanceSettings() {
  const { t } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <SectionCard title={t('settings.appearance')}>
      <SettingRow
        title={t('settings.language.label')}
        description={t('settings.language.description')}
        control={<LanguageSwitch />}
      />
      <SettingRow
        title={t('settings.theme.label')}
        description={t('settings.theme.description')}
        control={
          <SegmentedControl
            aria-label={t('settings.theme.label')}
            value={colorScheme}
            onChange={(value) => setColorScheme(value as 'light' | 'dark' | 'auto')}
            data={[
              { value: 'light', label: t('settings.theme.light') },
              { value: 'dark', label: t('settings.theme.dark') },
              { value: 'auto', label: t('settings.theme.auto') }
            ]}
          />
        }
      />
    </SectionCard>
  )
}
