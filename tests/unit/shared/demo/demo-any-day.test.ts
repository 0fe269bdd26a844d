import { describe, expect, it } from 'vitest'
import { countWorkspace, generateWorkspace, WORKSPACE_COUNTS, type Workspace } from '@shared/demo'
import { daysSince, todayDate } from '@shared/domain/dates'
import {
  contactSchema,
  eventSchema,
  followUpSchema,
  interactionSchema,
  introductionSchema,
  opportunitySchema,
  organizationSchema,
  stageChangeSchema
} from '@shared/schemas'
import { brokenReferences, wrongLastInteraction } from './integrity'

// A weekend, both daylight-time switches, New Year, late evening and just past midnight in Quebec
const NOWS = [
  '2026-03-08T07:30:00Z',
  '2026-03-14T16:00:00Z',
  '2026-11-01T05:30:00Z',
  '2027-01-01T04:30:00Z',
  '2026-06-21T03:59:00Z',
  '2026-09-15T23:50:00Z'
]

function invalid(ws: Workspace): number {
  const checks = [
    [organizationSchema, ws.organizations],
    [contactSchema, ws.contacts],
    [opportunitySchema, ws.opportunities],
    [stageChangeSchema, ws.stageChanges],
    [interactionSchema, ws.interactions],
    [followUpSchema, ws.followUps],
    [eventSchema, ws.events],
    [introductionSchema, ws.introductions]
  ] as const
  return checks.reduce(
    (bad, [schema, records]) => bad + records.filter((r) => !schema.safeParse(r).success).length,
    0
  )
}

describe('demo workspace on any day', () => {
  it.each(NOWS)('keeps its promises at %s', (iso) => {
    const now = new Date(iso)
    for (const timeZone of ['America/Toronto', 'UTC']) {
      const ws = generateWorkspace({ size: 'demo', now, timeZone, seed: now.getUTCDate() })
      const today = todayDate(now, timeZone)
      expect(invalid(ws)).toBe(0)
      expect(brokenReferences(ws)).toEqual([])
      expect(wrongLastInteraction(ws)).toEqual([])
      const { stageChanges: _, ...counts } = countWorkspace(ws)
      expect(counts).toEqual(WORKSPACE_COUNTS.demo)
      const open = ws.followUps.filter((f) => f.status === 'open')
      expect(open.some((f) => f.dueDate === today)).toBe(true)
      expect(open.some((f) => f.dueDate < today)).toBe(true)
      expect(
        ws.organizations.some(
          (o) => o.tier === 'key-account' && o.lastInteractionAt && daysSince(o.lastInteractionAt, now) > 90
        )
      ).toBe(true)
      const nowIso = now.toISOString()
      const stored: { createdAt?: string; updatedAt?: string }[] = Object.values<object[]>(ws).flat()
      const stamps = [
        ...ws.interactions.map((i) => i.occurredAt),
        ...ws.followUps.map((f) => f.doneAt ?? ''),
        ...stored.map((r) => r.updatedAt ?? '')
      ]
      expect(stamps.filter((t) => t > nowIso)).toEqual([])
      expect(stored.filter((r) => r.createdAt && r.updatedAt && r.updatedAt < r.createdAt)).toEqual([])
    }
  })
})
