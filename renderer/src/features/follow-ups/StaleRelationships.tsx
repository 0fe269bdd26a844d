import { Badge, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LoadingState } from '@renderer/components/LoadingState'
import { SectionCard } from '@renderer/components/SectionCard'
import { useSetting } from '@renderer/hooks/useSetting'
import type { StaleRelationship } from '@shared/domain/staleness'
import { OrganizationToReach } from './OrganizationToReach'
import classes from './sideCards.module.css'

const SHOWN = 15

function StaleReasons({ stale }: { stale: StaleRelationship }) {
  const { t } = useTranslation()
  const { organization, idleDays, openFiles, pastCadenceDays } = stale
  return (
    <div className={classes.staleTags}>
      <span className={`${classes.text} ${classes.idle}`}>
        {idleDays === null ? t('followUps.stale.never') : t('followUps.stale.idle', { count: idleDays })}
      </span>
      {pastCadenceDays !== null && organization.tier && (
        <Badge size="xs" variant="light">
          {t('followUps.stale.pastCadence', {
            tier: t(`enums.tier.${organization.tier}`),
            count: pastCadenceDays
          })}
        </Badge>
      )}
      {openFiles > 0 && (
        <Badge size="xs" color="gray">
          {t('followUps.stale.openFiles', { count: openFiles })}
        </Badge>
      )}
    </div>
  )
}

/** Companies past their tier's stay-in-touch cadence, and holders of open files left idle too long (undefined: still reading). */
export function StaleRelationships({ stale }: { stale: StaleRelationship[] | undefined }) {
  const { t } = useTranslation()
  const staleDays = useSetting('staleDays')
  const title = stale ? t('followUps.stale.title', { count: stale.length }) : t('followUps.stale.heading')
  return (
    <SectionCard title={title}>
      <Text size="xs" c="dimmed" mb="sm">
        {t('followUps.stale.explanation', { count: staleDays ?? 60 })}
      </Text>
      {!stale ? (
        <LoadingState minHeight={80} />
      ) : stale.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('followUps.stale.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={title}>
          {stale.slice(0, SHOWN).map((entry) => (
            <OrganizationToReach key={entry.organization.id} organization={entry.organization}>
              <StaleReasons stale={entry} />
            </OrganizationToReach>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}
