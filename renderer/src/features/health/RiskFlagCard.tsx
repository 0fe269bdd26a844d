import { Button, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import { RiskBadge } from '@renderer/features/organizations'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useToday } from '@renderer/hooks/useToday'
import { useUndoable } from '@renderer/hooks/useUndoable'
import type { Organization } from '@shared/schemas'
import { RiskFlagModal } from './RiskFlagModal'

const NO_FLAG = { level: 'none', reason: '', since: null } as const

/** The company's risk flag (yellow or red, why, since when), raised, changed or removed here. */
export function RiskFlagCard({ company }: { company: Organization }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const undoable = useUndoable()
  const today = useToday()
  const [editing, edit] = useDisclosure()
  const flag = company.riskFlag
  const flagged = flag.level !== 'none'

  const clear = () =>
    undoable({
      run: async () => {
        await setRiskFlag(company.id, NO_FLAG)
        return () => setRiskFlag(company.id, flag)
      },
      done: t('health.risk.cleared'),
      undone: t('health.risk.restored')
    })

  return (
    <SectionCard
      title={t('health.risk.title')}
      actions={
        <Button size="xs" variant="light" color={flagged ? undefined : 'red'} onClick={edit.open}>
          {flagged ? t('health.risk.edit') : t('health.risk.raise')}
        </Button>
      }
    >
      {flagged ? (
        <Stack gap="xs">
          <Group gap="xs">
            <RiskBadge flag={flag} />
            {flag.since && (
              <Text size="xs" c="dimmed">
                {t('health.risk.since', { date: format.date(flag.since) })}
              </Text>
            )}
          </Group>
          <Text size="sm">{flag.reason}</Text>
          <Group justify="flex-end">
            <Button size="xs" variant="subtle" color="gray" onClick={() => void clear()}>
              {t('health.risk.clear')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('health.risk.none')}
        </Text>
      )}
      <RiskFlagModal opened={editing} onClose={edit.close} company={company} today={today} />
    </SectionCard>
  )
}
