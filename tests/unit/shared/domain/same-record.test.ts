import { describe, expect, it } from 'vitest'
import { sameRecord } from '@shared/domain/same-record'

describe('sameRecord', () => {
  const meeting = {
    id: 'i1',
    title: 'Rencontre',
    organizationIds: ['o1', 'o2'],
    consent: { basis: 'consent', date: '2026-03-03' },
    updatedAt: '2026-03-03T12:00:00.000Z'
  }

  it('is true for a fresh copy with the same values', () => {
    expect(sameRecord(meeting, structuredClone(meeting))).toBe(true)
  })

  it('sees a changed field even when updatedAt is the same', () => {
    expect(sameRecord(meeting, { ...meeting, title: 'Rencontre au bureau' })).toBe(false)
    expect(sameRecord(meeting, { ...meeting, organizationIds: ['o1'] })).toBe(false)
    expect(sameRecord(meeting, { ...meeting, consent: { basis: 'consent', date: '2026-03-04' } })).toBe(false)
  })

  it('sees an added or a removed field', () => {
    expect(sameRecord(meeting, { ...meeting, notes: '' })).toBe(false)
    const { title: _title, ...withoutTitle } = meeting
    expect(sameRecord(meeting, withoutTitle)).toBe(false)
  })
})
