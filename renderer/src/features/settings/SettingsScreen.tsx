import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@renderer/components/PageHeader'
import { SETTINGS_SECTIONS } from './sections'

export function SettingsScreen() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack gap="lg" maw={880}>
        {SETTINGS_SECTIONS.map(({ key, Section }) => (
          <Section key={key} />
        ))}
      </Stack>
    </>
  )
}
