import { describe, expect, it } from 'vitest'
import { countWorkspace, generateWorkspace } from '@shared/demo'
import { followUpSchema } from '@shared/schemas'
import { brokenReferences, contactsOutsideOrganizations, wrongLastInteraction } from './integrity'

const now = new Date('2026-11-25T15:30:00Z')
const ws = generateWorkspace({ size: 'mid', now, seed: 7 })

describe('mid workspace (three years of one officer)', () => {
  it('has the mid counts: three tenths of the large office', () => {
    const { stageChanges, ...counts } = countWorkspace(ws)
    expect(counts).toEqual({
      organizations: 1_500,
      contacts: 6_000,
      opportunities: 900,
      interactions: 30_000,
      followUps: 3_000,
      events: 90,
      introductions: 600
    })
    expect(stageChanges).toBeGreaterThanOrEqual(900)
  })

  it('leaves 150 follow-ups open, the surplus done after being set', () => {
    const open = ws.followUps.filter((f) => f.status === 'open')
    expect(open).toHaveLength(150)
    const nowIso = now.toISOString()
    for (const f of ws.followUps.filter((f) => f.status === 'done')) {
      expect(f.doneAt! >= f.createdAt && f.doneAt! <= nowIso).toBe(true)
      expect(f.updatedAt).toBe(f.doneAt)
    }
    for (let i = 0; i < ws.followUps.length; i += 37)
      expect(followUpSchema.parse(ws.followUps[i])).toBeTruthy()
  })

  it('holds what Today is measured on: 84 flagged companies and 150 open follow-ups', () => {
    expect(ws.organizations.filter((o) => o.riskFlag.level !== 'none')).toHaveLength(84)
  })

  it('is skewed: ten companies with 65 interactions or more, the busiest with 130 or more', () => {
    const perOrg = new Map<string, number>()
    for (const i of ws.interactions)
      for (const id of i.organizationIds) perOrg.set(id, (perOrg.get(id) ?? 0) + 1)
    const counts = [...perOrg.values()].sort((a, b) => b - a)
    expect(counts[0]).toBeGreaterThanOrEqual(130)
    expect(counts[9]).toBeGreaterThanOrEqual(65)
  })

  it('is whole: no dangling reference, last contacts agree with the interactions', () => {
    const ids = Object.values(ws).flatMap((records: { id: string }[]) => records.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(brokenReferences(ws)).toEqual([])
    expect(contactsOutsideOrganizations(ws)).toEqual([])
    expect(wrongLastInteraction(ws)).toEqual([])
  })
})
