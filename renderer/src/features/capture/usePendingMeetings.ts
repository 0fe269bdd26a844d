import { useDbQuery } from '@renderer/db/useDbQuery'
import {
  findAlreadyLogged,
  listPendingMeetings,
  loadCaptureDirectory
} from '@renderer/db/repositories/captures'
import { matchPeople } from '@shared/capture/matching'
import type { KnownPerson, MeetingRowData, UnknownPerson } from './meetingLog'

async function loadRows(since: string): Promise<{ rows: MeetingRowData[]; names: Map<string, string> }> {
  const [pending, directory] = await Promise.all([listPendingMeetings(since), loadCaptureDirectory()])
  const rows = pending.map(({ captureKey, meeting }) => {
    const matched = matchPeople(meeting.attendees, directory.contacts, directory.organizations)
    return {
      captureKey,
      meeting,
      known: matched.filter((p): p is KnownPerson => p.kind === 'known'),
      unknown: matched.filter((p): p is UnknownPerson => p.kind === 'unknown'),
      alreadyLoggedId: null as string | null
    }
  })
  const logged = await findAlreadyLogged(
    rows.map((r) => ({ start: r.meeting.start, contactIds: r.known.map((p) => p.contactId) }))
  )
  return { rows: rows.map((r, i) => ({ ...r, alreadyLoggedId: logged[i] })), names: directory.names }
}

/** The meetings since `since` waiting to be logged, with their people matched; follows every write. */
export function usePendingMeetings(since: string) {
  return useDbQuery(() => loadRows(since), [since])
}
