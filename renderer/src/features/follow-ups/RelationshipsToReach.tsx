import { Stack } from '@mantine/core'
import { useLocation } from 'react-router'
import { PendingMeetingsNotice } from '@renderer/features/capture'
import { listRelationshipsToReach } from '@renderer/db/repositories/relationships'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useLeaveSignal } from '@renderer/hooks/useLeaveSignal'
import { FlaggedOrganizations } from './FlaggedOrganizations'
import { StaleRelationships } from './StaleRelationships'

/** Today's side column: meetings to log, companies flagged at risk, relationships to revive (one read for both). */
export function RelationshipsToReach({ today }: { today: string }) {
  // leaving Today stops these reads (from the navigation's start): the screen opened reads at once
  const signal = useLeaveSignal(useLocation().pathname)
  // today is in the deps so the lists move on at midnight
  const { data } = useDbQuery(() => listRelationshipsToReach(new Date(), signal), [today, signal])
  return (
    <Stack gap="lg">
      <PendingMeetingsNotice />
      <FlaggedOrganizations flagged={data?.flagged} />
      <StaleRelationships stale={data?.stale} />
    </Stack>
  )
}
