import { describe, expect, it } from 'vitest'
import { encounterTime, eventsOfPeriod } from '@shared/domain/events'
import {
  filterIntroductions,
  fruitfulThisYear,
  isFruitful,
  nextOutcomeAt
} from '@shared/domain/introductions'
import type { Introduction } from '@shared/schemas'

const evening = { startsAt: '2026-03-05T22:00:00.000Z', endsAt: '2026-03-06T00:30:00.000Z' }

describe('events', () => {
  it('an encounter captured during the evening happens now; the morning after, at its start', () => {
    expect(encounterTime(evening, new Date('2026-03-05T23:10:00.000Z'))).toBe('2026-03-05T23:10:00.000Z')
    expect(encounterTime(evening, new Date('2026-03-06T13:00:00.000Z'))).toBe(evening.startsAt)
    // no end: three hours
    expect(encounterTime({ ...evening, endsAt: null }, new Date('2026-03-06T00:59:00.000Z'))).toBe(
      '2026-03-06T00:59:00.000Z'
    )
  })

  it('upcoming events soonest first (one under way included), past ones newest first', () => {
    const events = [
      { id: 'past', startsAt: '2026-01-10T22:00:00.000Z', endsAt: null },
      { id: 'now', ...evening },
      { id: 'next', startsAt: '2026-04-01T22:00:00.000Z', endsAt: null }
    ]
    const now = new Date('2026-03-05T23:00:00.000Z')
    expect(eventsOfPeriod(events, 'upcoming', now).map((e) => e.id)).toEqual(['now', 'next'])
    expect(eventsOfPeriod(events, 'past', now).map((e) => e.id)).toEqual(['past'])
    expect(eventsOfPeriod(events, 'all', now).map((e) => e.id)).toEqual(['next', 'now', 'past'])
  })
})

const intro = (overrides: Partial<Introduction>): Introduction => ({
  id: crypto.randomUUID(),
  personAId: 'a',
  personBId: 'b',
  requestedBy: null,
  madeAt: '2026-02-01',
  reason: '',
  consentA: true,
  consentB: true,
  status: 'made',
  outcome: null,
  outcomeNote: '',
  checkInDate: null,
  eventId: null,
  createdAt: '2026-02-01T15:00:00.000Z',
  updatedAt: '2026-02-01T15:00:00.000Z',
  deletedAt: null,
  ...overrides
})

describe('introductions', () => {
  it('counts this year’s outcomes, not "no follow-up" nor last year’s', () => {
    const list = [
      intro({ status: 'outcome', outcome: 'financing', outcomeAt: '2026-03-01T15:00:00.000Z' }),
      intro({ status: 'outcome', outcome: 'no-follow-up', outcomeAt: '2026-03-01T15:00:00.000Z' }),
      intro({ status: 'outcome', outcome: 'partnership', outcomeAt: '2025-12-01T15:00:00.000Z' }),
      intro({ status: 'met' })
    ]
    expect(isFruitful(list[0])).toBe(true)
    expect(fruitfulThisYear(list, '2026-03-05')).toBe(1)
  })

  it('counts an outcome when it was reached: editing an old one later does not make it this year’s', () => {
    const reachedLastYear = intro({
      status: 'outcome',
      outcome: 'contract',
      outcomeAt: '2025-11-20T15:00:00.000Z',
      updatedAt: '2026-02-10T15:00:00.000Z'
    })
    expect(fruitfulThisYear([reachedLastYear], '2026-03-05')).toBe(0)
    expect(fruitfulThisYear([reachedLastYear], '2025-12-31')).toBe(1)
    // a record from before outcomeAt was kept: its last change stands for it
    const old = intro({ status: 'outcome', outcome: 'hire', updatedAt: '2026-01-15T15:00:00.000Z' })
    expect(fruitfulThisYear([old], '2026-03-05')).toBe(1)
  })

  it('records when the outcome was reached, and keeps it through later edits', () => {
    const now = '2026-03-05T15:00:00.000Z'
    const reached = intro({ status: 'outcome', outcome: 'financing', outcomeAt: '2026-01-10T15:00:00.000Z' })
    expect(nextOutcomeAt(undefined, { status: 'outcome', outcome: 'financing' }, now)).toBe(now)
    expect(nextOutcomeAt(intro({ status: 'met' }), { status: 'outcome', outcome: 'financing' }, now)).toBe(
      now
    )
    expect(nextOutcomeAt(reached, { status: 'outcome', outcome: 'financing' }, now)).toBe(reached.outcomeAt)
    // a corrected kind of result is the same result
    expect(nextOutcomeAt(reached, { status: 'outcome', outcome: 'partnership' }, now)).toBe(reached.outcomeAt)
    // "no follow-up" that later turns into a result: reached now
    const closed = { ...reached, outcome: 'no-follow-up' as const }
    expect(nextOutcomeAt(closed, { status: 'outcome', outcome: 'contract' }, now)).toBe(now)
    // back before the outcome: none
    expect(nextOutcomeAt(reached, { status: 'met', outcome: null }, now)).toBeNull()
    // an old record without it: its last change, frozen from now on
    const old = intro({ status: 'outcome', outcome: 'hire', updatedAt: '2025-06-01T15:00:00.000Z' })
    expect(nextOutcomeAt(old, { status: 'outcome', outcome: 'hire' }, now)).toBe(old.updatedAt)
  })

  it('filters by status, outcome and folded names, newest first', () => {
    const older = intro({ madeAt: '2026-01-05', reason: 'Drones pour Hydro' })
    const newer = intro({ madeAt: '2026-02-20', status: 'outcome', outcome: 'contract' })
    const names = (i: Introduction) => (i === older ? ['Éloïse Tremblay'] : ['Zoé Côté'])
    const state = { query: '', statuses: [], outcomes: [] }
    expect(filterIntroductions([older, newer], state, names)).toEqual([newer, older])
    expect(filterIntroductions([older, newer], { ...state, query: 'eloise drones' }, names)).toEqual([older])
    expect(filterIntroductions([older, newer], { ...state, outcomes: ['contract'] }, names)).toEqual([newer])
    expect(filterIntroductions([older, newer], { ...state, statuses: ['made'] }, names)).toEqual([older])
  })
})
