import { Button, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LastContact } from '@renderer/components/LastContact'
import { LoadingState } from '@renderer/components/LoadingState'
import { SectionCard } from '@renderer/components/SectionCard'
import type { FlaggedOrganization } from '@renderer/db/repositories/relationshipHealth'
import { RiskBadge } from '@renderer/features/organizations'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { OrganizationToReach } from './OrganizationToReach'
import classes from './sideCards.module.css'

function FlagDetails({ flagged }: { flagged: FlaggedOrganization }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { organization, openFollowUps } = flagged
  const { since } = organization.riskFlag
  const next = openFollowUps[0]
  return (
    <>
      <div className={classes.flagTags}>
        <RiskBadge flag={organization.riskFlag} size="xs" />
        {since && (
          <span className={`${classes.text} ${classes.dimmed}`}>
            {t('health.flagged.since', { date: format.dateInWords(since) })}
          </span>
        )}
        <LastContact at={organization.lastInteractionAt} withLabel size="xs" />
      </div>
      <p className={`${classes.text} ${classes.reason}`}>{organization.riskFlag.reason}</p>
      <p className={`${classes.text} ${classes.dimmed}`}>
        {next
          ? `${t('health.flagged.openFollowUps', { count: openFollowUps.length })} · ${t(
              'health.flagged.nextFollowUp',
              { title: next.title, date: format.date(next.dueDate) }
            )}`
          : t('health.flagged.noFollowUp')}
      </p>
    </>
  )
}

/** Shown at first: a large portfolio has hundreds of flags, and Today must open at once. */
const SHOWN_AT_FIRST = 10

/** Companies flagged yellow or red, red first, with since when, their last contact and open follow-ups (undefined: still reading). */
export function FlaggedOrganizations({ flagged }: { flagged: FlaggedOrganization[] | undefined }) {
  const { t } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  if (flagged?.length === 0) return null
  const title = t('health.flagged.title', { count: flagged?.length ?? 0 })
  return (
    <SectionCard title={title}>
      {!flagged ? (
        <LoadingState minHeight={80} />
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={title}>
          {(showAll ? flagged : flagged.slice(0, SHOWN_AT_FIRST)).map((entry) => (
            <OrganizationToReach key={entry.organization.id} organization={entry.organization}>
              <FlagDetails flagged={entry} />
            </OrganizationToReach>
          ))}
        </Stack>
      )}
      {flagged && !showAll && flagged.length > SHOWN_AT_FIRST && (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setShowAll(true)}>
          {t('health.flagged.showAll', { count: flagged.length })}
        </Button>
      )}
    </SectionCard>
  )
}
