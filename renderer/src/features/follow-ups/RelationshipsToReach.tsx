import { Stack } from '@mantine/core'
import { useObservable } from 'dexie-react-hooks'
import type { RelationshipsToReach as Reads } from '@renderer/db/repositories/relationships'
import type { SharedQuery } from '@renderer/db/sharedQuery'
import { PendingMeetingsNotice } from '@renderer/features/capture'
import { FlaggedOrganizations } from './FlaggedOrganizations'
import { StaleRelationships } from './StaleRelationships'

/**
 * Today's side column: meetings to log, companies flagged at risk, relationships to revive (one
 * read for both, started with the visit: sideCardsReads.ts). The last card is below the first
 * screenful: it comes with the rows below it (`all`).
 */
export function RelationshipsToReach({ query, all }: { query: SharedQuery<Reads>; all: boolean }) {
  // a new visit (a new day, or Today reopened while still shown) gives a new query
  const outcome = useObservable(() => query, [query])
  const data = outcome?.ok ? outcome.value : undefined
  return (
    <Stack gap="lg">
      <PendingMeetingsNotice />
      <FlaggedOrganizations flagged={data?.flagged} />
      {all && <StaleRelationships stale={data?.stale} />}
    </Stack>
  )
}
