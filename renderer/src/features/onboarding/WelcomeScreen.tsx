import {
  Button,
  Card,
  Center,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title
} from '@mantine/core'
import { IconFileSpreadsheet, IconMapPin, IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@renderer/components/LanguageSwitch'
import { useNotify } from '@renderer/hooks/useNotify'
import { loadDemoWorkspace, startEmptyWorkspace } from './workspaceStart'

/** First run: start empty or explore a believable Saguenay–Lac-Saint-Jean tech ecosystem. */
export function WelcomeScreen() {
  const { t } = useTranslation()
  const notify = useNotify()
  const [busy, setBusy] = useState<'empty' | 'demo' | null>(null)

  const run = (which: 'empty' | 'demo', action: () => Promise<void>) => async () => {
    setBusy(which)
    try {
      await action()
    } catch (error) {
      notify.failure(error)
      setBusy(null)
    }
  }

  return (
    <Center mih="100dvh" p="lg" component="main">
      <Container size={760}>
        <Stack gap="xl">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={1} c="relais">
                {t('welcome.title')}
              </Title>
              <Text size="lg" c="dimmed" maw={560}>
                {t('welcome.lead')}
              </Text>
            </Stack>
            <LanguageSwitch />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Card withBorder padding="xl" radius="lg" component="section" aria-labelledby="welcome-demo">
              <ThemeIcon size={44} radius="md" variant="light" mb="md">
                <IconMapPin size={24} aria-hidden />
              </ThemeIcon>
              <Title order={2} size="h4" id="welcome-demo" mb="xs">
                {t('welcome.demo.title')}
              </Title>
              <Text size="sm" c="dimmed" mb="lg">
                {t('welcome.demo.description')}
              </Text>
              <Button
                fullWidth
                leftSection={<IconSparkles size={16} aria-hidden />}
                loading={busy === 'demo'}
                disabled={busy !== null}
                onClick={run('demo', loadDemoWorkspace)}
              >
                {t('welcome.demo.action')}
              </Button>
            </Card>
            <Card withBorder padding="xl" radius="lg" component="section" aria-labelledby="welcome-empty">
              <ThemeIcon size={44} radius="md" variant="light" color="gray" mb="md">
                <IconFileSpreadsheet size={24} aria-hidden />
              </ThemeIcon>
              <Title order={2} size="h4" id="welcome-empty" mb="xs">
                {t('welcome.empty.title')}
              </Title>
              <Text size="sm" c="dimmed" mb="lg">
                {t('welcome.empty.description')}
              </Text>
              <Button
                fullWidth
                variant="default"
                loading={busy === 'empty'}
                disabled={busy !== null}
                onClick={run('empty', startEmptyWorkspace)}
              >
                {t('welcome.empty.action')}
              </Button>
            </Card>
          </SimpleGrid>
          <Text size="xs" c="dimmed" ta="center">
            {t('welcome.privacy')}
          </Text>
        </Stack>
      </Container>
    </Center>
  )
}
