// "This year" of an introduction's outcome is the officer's local year, in every time zone.
import { describe, expect, it } from 'vitest'
import { fromLocalParts } from '@shared/domain/dates'
import { fruitfulThisYear } from '@shared/domain/introductions'
import type { Introduction } from '@shared/schemas'

const reachedAt = (outcomeAt: string) =>
  ({ status: 'outcome', outcome: 'financing', outcomeAt, updatedAt: outcomeAt }) satisfies Pick<
    Introduction,
    'status' | 'outcome' | 'outcomeAt' | 'updatedAt'
  >

describe('introductions: outcomes of this year, local time', () => {
  it('an outcome reached late on 31 December belongs to that year, whatever UTC says', () => {
    const lateNewYearsEve = reachedAt(fromLocalParts('2025-12-31', '23:30'))
    expect(fruitfulThisYear([lateNewYearsEve], '2025-12-31')).toBe(1)
    expect(fruitfulThisYear([lateNewYearsEve], '2026-01-01')).toBe(0)
  })

  it('an outcome reached just after midnight on 1 January belongs to the new year', () => {
    const newYear = reachedAt(fromLocalParts('2026-01-01', '00:15'))
    expect(fruitfulThisYear([newYear], '2026-06-30')).toBe(1)
    expect(fruitfulThisYear([newYear], '2025-12-31')).toBe(0)
  })
})
