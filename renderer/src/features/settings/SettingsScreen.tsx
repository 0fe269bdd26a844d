import { Card, Group, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@renderer/components/PageHeader'
import { LanguageSwitch } from './LanguageSwitch'

function SettingRow({
  title,
  description,
  control
}: {
  title: string
  description: string
  control: React.ReactNode
}) {
  return (
    <Group justify="space-between" wrap="wrap" gap="md" py="sm">
      <Stack gap={2} maw={520}>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      {control}
    </Group>
  )
}

export function SettingsScreen() {
  const { t } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack gap="lg" maw={880}>
        <Card withBorder padding="lg" component="section" aria-labelledby="settings-appearance">
          <Title order={3} size="h4" id="settings-appearance">
            {t('settings.appearance')}
          </Title>
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
        </Card>
      </Stack>
    </>
  )
}
