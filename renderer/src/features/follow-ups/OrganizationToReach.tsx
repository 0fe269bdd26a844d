import { ActionIcon, Anchor, Group, Stack, Tooltip } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuickLog } from '@renderer/features/interactions'
import type { Organization } from '@shared/schemas'

/** One company to get back to on Today: its name, why (children) and a button to log a meeting. */
export function OrganizationToReach({
  organization,
  children
}: {
  organization: Organization
  children: ReactNode
}) {
  const { t } = useTranslation()
  const quickLog = useQuickLog()
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/companies/${organization.id}`} size="sm" fw={600} truncate>
          {organization.name}
        </Anchor>
        {children}
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
  )
}
