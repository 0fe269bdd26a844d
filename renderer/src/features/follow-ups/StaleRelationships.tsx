import { ActionIcon, Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '@renderer/components/SectionCard'
import { listStaleRelationships } from '@renderer/db/repositories/relationships'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useQuickLog } from '@renderer/features/interactions'
import { useSetting } from '@renderer/features/settings'

const SHOWN = 15

/** Key accounts and companies with open files that nobody has talked to for more than N days. */
export function StaleRelationships({ today }: { today: string }) {
  const { t } = useTranslation()
  const quickLog = useQuickLog()
  const staleDays = useSetting('staleDays')
  // today is in the deps so the list moves on at midnight
  const stale = useDbQuery(() => listStaleRelationships(), [today]).data ?? []
  return (
    <SectionCard title={t('followUps.stale.title', { count: stale.length })}>
      <Text size="xs" c="dimmed" mb="sm">
        {t('followUps.stale.explanation', { count: staleDays ?? 60 })}
      </Text>
      {stale.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('followUps.stale.none')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('followUps.stale.title', { count: stale.length })}
        >
          {stale.slice(0, SHOWN).map(({ organization, idleDays, openFiles, keyAccount }) => (
            <Group key={organization.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/companies/${organization.id}`} size="sm" fw={600} truncate>
                  {organization.name}
                </Anchor>
                <Group gap={4}>
                  <Text size="xs" c="red">
                    {idleDays === null
                      ? t('followUps.stale.never')
                      : t('followUps.stale.idle', { count: idleDays })}
                  </Text>
                  {keyAccount && <Badge size="xs">{t('enums.tier.key-account')}</Badge>}
                  {openFiles > 0 && (
                    <Badge size="xs" color="gray">
                      {t('followUps.stale.openFiles', { count: openFiles })}
                    </Badge>
                  )}
                </Group>
              </Stack>
              <Tooltip label={t('interactions.quickLog.button')}>
                <ActionIcon
                  variant="light"
                  aria-label={t('followUps.stale.logFor', { name: organization.name })}
                  onClick={() => quickLog.open({ organizationIds: [organization.id] })}
                >
                  <IconMessagePlus size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}
