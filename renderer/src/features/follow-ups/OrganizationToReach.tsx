import { ActionIcon, Tooltip } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuickLog } from '@renderer/features/interactions'
import type { Organization } from '@shared/schemas'
import classes from './sideCards.module.css'

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
    <li className={classes.company}>
      <div className={classes.lines}>
        <Link to={`/companies/${organization.id}`} className={classes.name}>
          {organization.name}
        </Link>
        {children}
      </div>
      <Tooltip label={t('interactions.quickLog.button')}>
        <ActionIcon
          variant="light"
          aria-label={t('followUps.stale.logFor', { name: organization.name })}
          onClick={() => quickLog.open({ organizationIds: [organization.id] })}
        >
          <IconMessagePlus size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </li>
  )
}
