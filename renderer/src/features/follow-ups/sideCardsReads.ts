// Today's side cards read every company (the flags are not indexed): the navigation to Today starts
// those reads (app/firstReads.ts), so they run while the follow-ups are read and painted instead of
// after; the cards still render only once the follow-ups are painted, and subscribe to that query.
import { listRelationshipsToReach, type RelationshipsToReach } from '@renderer/db/repositories/relationships'
import { sharedQuery, type SharedQuery } from '@renderer/db/sharedQuery'
import { useMemo, useSyncExternalStore } from 'react'

interface Visit {
  day: string
  leave: AbortController
  query: SharedQuery<RelationshipsToReach>
}

let visit: Visit | null = null
const listeners = new Set<() => void>()

function newVisit(day: string): Visit {
  const leave = new AbortController()
  // the day is read when the query runs: a visit is one day's (a new day starts a new visit)
  visit = { day, leave, query: sharedQuery(() => listRelationshipsToReach(new Date(), leave.signal)) }
  return visit
}

/** The query of this visit to Today: a visit left (or of another day) gives way to a new one. */
export function sideCardsOfVisit(day: string): SharedQuery<RelationshipsToReach> {
  const current = visit && !visit.leave.signal.aborted && visit.day === day ? visit : newVisit(day)
  return current.query
}

/** Called on every navigation: to Today starts the reads; anywhere else stops them between steps. */
export function sideCardsOnNavigation(toToday: boolean, day: string): void {
  if (!toToday) return visit?.leave.abort()
  const left = visit
  sideCardsOfVisit(day).start()
  if (visit !== left) listeners.forEach((listener) => listener())
}

/** A navigation back to Today while it is still shown starts a new visit: the cards follow it. */
function onVisitChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const currentVisit = () => visit

/** The side cards' query of this visit, for the cards (rendered after the follow-ups). */
export function useSideCardsQuery(today: string): SharedQuery<RelationshipsToReach> {
  const latest = useSyncExternalStore(onVisitChange, currentVisit)
  // the visit the navigation started, or one of its own (the first screen, a new day)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `latest`: a new visit replaces the query
  return useMemo(() => sideCardsOfVisit(today), [today, latest])
}
