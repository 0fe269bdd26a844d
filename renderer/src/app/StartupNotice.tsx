import { Alert, Button, Center, Code, MantineProvider, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { cssVariablesResolver, theme } from './theme'

export type StartupProblem =
  { kind: 'blocked' } | { kind: 'upgraded-elsewhere' } | { kind: 'failed'; detail: string }

/** Shown instead of the app when the database cannot be used: never a blank or frozen window. */
export function StartupNotice({ problem }: { problem: StartupProblem }) {
  const { t } = useTranslation()
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Center mih="100dvh" p="lg">
        <Stack maw={560} gap="md">
          <Title order={1} size="h2" c="relais">
            Relais
          </Title>
          <Alert
            role="alert"
            color={problem.kind === 'failed' ? 'red' : 'yellow'}
            title={t(`startup.${problem.kind}.title`)}
          >
            <Text size="sm">{t(`startup.${problem.kind}.body`)}</Text>
          </Alert>
          {problem.kind === 'failed' && <Code block>{problem.detail}</Code>}
          {problem.kind !== 'blocked' && (
            <Button onClick={() => window.location.reload()} w="fit-content">
              {t('startup.reload')}
            </Button>
          )}
        </Stack>
      </Center>
    </MantineProvider>
  )
}
