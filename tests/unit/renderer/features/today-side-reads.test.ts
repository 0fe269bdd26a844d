// @vitest-environment happy-dom
// Today's side cards read every company: the navigation to Today starts those reads, so they run
// while the follow-ups are read and painted; leaving Today stops them, and coming back (or a new
// day) reads again.
import { act, renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import type { RelationshipsToReach } from '@renderer/db/repositories/relationships'
import type { QueryOutcome, SharedQuery } from '@renderer/db/sharedQuery'
import {
  sideCardsOfVisit,
  sideCardsOnNavigation,
  useSideCardsQuery
} from '@renderer/features/follow-ups/sideCardsReads'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

const day = '2026-03-03'

/** Resolves with the query's first result without subscribing (what `start()` read by itself). */
async function startedValue(query: SharedQuery<RelationshipsToReach>) {
  for (let tries = 0; tries < 200 && !query.hasValue(); tries++) await new Promise((r) => setTimeout(r, 10))
  return query.getValue() as QueryOutcome<RelationshipsToReach> | undefined
}

beforeEach(async () => {
  await freshDatabase()
  sideCardsOnNavigation(false, day)
  const red = await createOrganization(makeOrganization({ name: 'Rouge' }))
  await setRiskFlag(red.id, { level: 'red', reason: 'Retards', since: '2026-02-01' })
})

describe("Today's side cards' reads", () => {
  it('start with the navigation to Today, and the cards get that same query', async () => {
    sideCardsOnNavigation(true, day)
    const query = sideCardsOfVisit(day)
    const outcome = await startedValue(query)
    expect(outcome?.ok && outcome.value.flagged.map((f) => f.organization.name)).toEqual(['Rouge'])
  })

  it('stop when the person goes elsewhere, and coming back reads again', async () => {
    sideCardsOnNavigation(true, day)
    const left = sideCardsOfVisit(day)
    sideCardsOnNavigation(false, day)
    const outcome = await startedValue(left)
    expect(outcome?.ok === false && (outcome.error as Error).name).toBe('AbortError')
    sideCardsOnNavigation(true, day)
    const back = sideCardsOfVisit(day)
    expect(back).not.toBe(left)
    const again = await startedValue(back)
    expect(again?.ok && again.value.flagged).toHaveLength(1)
  })

  it('are one day’s: the next day has a query of its own', () => {
    sideCardsOnNavigation(true, day)
    const first = sideCardsOfVisit(day)
    expect(sideCardsOfVisit(day)).toBe(first)
    expect(sideCardsOfVisit('2026-03-04')).not.toBe(first)
  })

  it('follow the person back to Today while it is still shown', () => {
    sideCardsOnNavigation(true, day)
    const { result } = renderHook(() => useSideCardsQuery(day))
    const left = result.current
    act(() => {
      sideCardsOnNavigation(false, day)
      sideCardsOnNavigation(true, day)
    })
    expect(result.current).not.toBe(left)
    expect(result.current).toBe(sideCardsOfVisit(day))
  })
})
