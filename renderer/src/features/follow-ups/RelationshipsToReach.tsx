import { Stack } from '@mantine/core'
import { PendingMeetingsNotice } from '@renderer/features/capture'
import { listRelationshipsToReach } from '@renderer/db/repositories/relationships'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { FlaggedOrganizations } from './FlaggedOrganizations'
import { StaleRelationships } from './StaleRelationships'

/** Today's side column: meetings to log, companies flagged at risk, relationships to revive (one read for both). */
export function RelationshipsToReach({ today }: { today: string }) {
  // today is in the deps so the lists move on at midnight
  const { data } = useDbQuery(() => listRelationshipsToReach(), [today])
  return (
    <Stack gap="lg">
      <PendingMeetingsNotice />
      <FlaggedOrganizations flagged={data?.flagged} />
      <StaleRelationships stale={data?.stale} />
    </Stack>
  )
}
