import { Stack } from '@mantine/core'
import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@renderer/components/PageHeader'

/** One section of the screen; app/settingsSections.tsx lists them, each from its own feature. */
export interface SettingsSection {
  key: string
  Section: ComponentType
}

export function SettingsScreen({ sections }: { sections: readonly SettingsSection[] }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack gap="lg" maw={880}>
        {sections.map(({ key, Section }) => (
          <Section key={key} />
        ))}
      </Stack>
    </>
  )
}
