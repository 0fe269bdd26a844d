// Introductions ("mises en relation"): the list's filters and the count the screen leads with,
// introductions that led to an outcome this year. "Led to an outcome" means reached the status
// "outcome" with a result ("no follow-up" is none), counted when it was reached; the Impact screen
// counts the same way. Pure: "today" is a parameter.
import type { Introduction, IntroductionOutcome, IntroductionStatus } from '../schemas/introduction'
import { calendarDateOf, fromLocalParts, localParts, type CalendarDate } from './dates'
import { queryMatcher } from './list-filters'

/** An outcome that is a result; "no follow-up" closes an introduction without one. */
export function isFruitful(introduction: Pick<Introduction, 'status' | 'outcome'>): boolean {
  return (
    introduction.status === 'outcome' &&
    introduction.outcome !== null &&
    introduction.outcome !== 'no-follow-up'
  )
}

type OutcomeFields = Pick<Introduction, 'status' | 'outcome' | 'updatedAt'> & { outcomeAt?: string | null }

/** When an introduction reached its outcome; records from before that was kept: their last change. */
export const outcomeTime = (i: OutcomeFields): string => i.outcomeAt ?? i.updatedAt

/**
 * The outcomeAt to store when an introduction is saved (`previous` absent when new): now when it
 * reaches its outcome or the outcome turns into a result (or stops being one), kept otherwise, so
 * that editing the reason later does not move it; none before the outcome.
 */
export function nextOutcomeAt(
  previous: OutcomeFields | undefined,
  next: Pick<Introduction, 'status' | 'outcome'>,
  now: string
): string | null {
  if (next.status !== 'outcome') return null
  if (!previous || previous.status !== 'outcome' || isFruitful(previous) !== isFruitful(next)) return now
  return outcomeTime(previous)
}

/** The local calendar day of a timestamp (the default), or the caller's own. */
export type DayOfTimestamp = (iso: string) => CalendarDate
const localDay: DayOfTimestamp = (iso) => calendarDateOf(new Date(iso))

/** True when the introduction led to a result reached within [from, to] (calendar days). */
export function fruitfulWithin(
  introduction: OutcomeFields,
  from: CalendarDate,
  to: CalendarDate,
  dayOf: DayOfTimestamp = localDay
): boolean {
  if (!isFruitful(introduction)) return false
  const day = dayOf(outcomeTime(introduction))
  return day >= from && day <= to
}

/** Introductions that led to a result (financing, partnership, contract, hire…) in today's year. */
export function fruitfulThisYear(
  introductions: readonly OutcomeFields[],
  today: CalendarDate,
  dayOf: DayOfTimestamp = localDay
): number {
  const year = today.slice(0, 4)
  return introductions.filter((i) => fruitfulWithin(i, `${year}-01-01`, `${year}-12-31`, dayOf)).length
}

export interface IntroductionListState {
  query: string
  statuses: IntroductionStatus[]
  outcomes: IntroductionOutcome[]
}

export const DEFAULT_INTRODUCTION_LIST_STATE: IntroductionListState = {
  query: '',
  statuses: [],
  outcomes: []
}

/** The names an introduction is searched by: both people, their companies, the reason. */
export type IntroductionTexts = (introduction: Introduction) => string[]

/** Filtered, newest first (made date, else when it was recorded). */
export function filterIntroductions(
  introductions: readonly Introduction[],
  state: IntroductionListState,
  textsOf: IntroductionTexts
): Introduction[] {
  const matches = queryMatcher(state.query)
  const keep = (i: Introduction) =>
    (state.statuses.length === 0 || state.statuses.includes(i.status)) &&
    (state.outcomes.length === 0 || (i.outcome !== null && state.outcomes.includes(i.outcome))) &&
    matches([...textsOf(i), i.reason, i.outcomeNote])
  const when = (i: Introduction) => i.madeAt ?? i.createdAt.slice(0, 10)
  return introductions
    .filter(keep)
    .sort((a, b) => when(b).localeCompare(when(a)) || b.createdAt.localeCompare(a.createdAt))
}

/**
 * When a made introduction goes on the timelines: now if it was made today, the event's start if it
 * was made at an event that day, otherwise noon of the day it was made.
 */
export function introductionLogTime(
  madeAt: CalendarDate | null,
  now: Date,
  eventStartsAt: string | null = null
): string {
  if (!madeAt || madeAt === calendarDateOf(now)) return now.toISOString()
  if (eventStartsAt && localParts(eventStartsAt).date === madeAt) return eventStartsAt
  return fromLocalParts(madeAt, '12:00')
}
