import { describe, expect, it } from 'vitest'
import {
  countWorkspace,
  generateWorkspace,
  generateWorkspaceTables,
  WORKSPACE_COUNTS,
  type Workspace
} from '@shared/demo'
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
import type { z } from 'zod'
import { todayDate } from '@shared/domain/dates'
import { brokenReferences, contactsOutsideOrganizations, wrongLastInteraction } from './integrity'

const now = new Date('2026-11-25T15:30:00Z')
const started = performance.now()
const ws = generateWorkspace({ size: 'large', now, seed: 7 })
const elapsed = performance.now() - started

/** Every 97th record: enough to catch a wrong shape, fast enough for every test run. */
function expectSampleStored<S extends z.ZodType>(schema: S, records: unknown[]) {
  for (let i = 0; i < records.length; i += 97) {
    const result = schema.safeParse(records[i])
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true)
    expect(result.data).toEqual(records[i])
  }
}

describe('large workspace', () => {
  it('has the exact benchmark counts', () => {
    const { stageChanges, ...counts } = countWorkspace(ws)
    expect(counts).toEqual(WORKSPACE_COUNTS.large)
    expect(stageChanges).toBeGreaterThanOrEqual(WORKSPACE_COUNTS.large.opportunities)
  })

  it('is generated in seconds', () => {
    // Loose bound for a loaded CI machine; it takes about one second on a laptop
    expect(elapsed).toBeLessThan(10_000)
  })

  it('passes the schemas on a sample of every table', () => {
    expectSampleStored(organizationSchema, ws.organizations)
    expectSampleStored(contactSchema, ws.contacts)
    expectSampleStored(opportunitySchema, ws.opportunities)
    expectSampleStored(stageChangeSchema, ws.stageChanges)
    expectSampleStored(interactionSchema, ws.interactions)
    expectSampleStored(followUpSchema, ws.followUps)
    expectSampleStored(eventSchema, ws.events)
    expectSampleStored(introductionSchema, ws.introductions)
  })

  it('has unique ids, unique organization keys and no dangling reference', () => {
    const ids = Object.values(ws).flatMap((records: { id: string }[]) => records.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ws.organizations.map((o) => o.nameKey)).size).toBe(ws.organizations.length)
    expect(brokenReferences(ws)).toEqual([])
    expect(contactsOutsideOrganizations(ws)).toEqual([])
  })

  it('keeps lastInteractionAt equal to the latest interaction', () => {
    expect(wrongLastInteraction(ws)).toEqual([])
  })

  it('is skewed: a few companies with hundreds of interactions, a long tail', () => {
    const perOrg = new Map<string, number>()
    for (const i of ws.interactions)
      for (const id of i.organizationIds) perOrg.set(id, (perOrg.get(id) ?? 0) + 1)
    const counts = [...perOrg.values()].sort((a, b) => b - a)
    expect(counts[0]).toBeGreaterThanOrEqual(300)
    expect(counts.filter((n) => n >= 200)).toHaveLength(10)
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThan(40)
    expect(perOrg.size).toBeLessThan(ws.organizations.length)
  })

  it('speaks French and English, with accents', () => {
    expect(ws.contacts.some((c) => /[éèêëïîôûüç]/i.test(c.firstName + c.lastName))).toBe(true)
    expect(ws.contacts.filter((c) => c.language === 'en').length).toBeGreaterThan(1_000)
    expect(ws.organizations.filter((o) => /[éèêëïîôç]/i.test(o.name)).length).toBeGreaterThan(500)
    expect(ws.interactions.some((i) => i.notes.includes('RS&DE'))).toBe(true)
    expect(ws.interactions.some((i) => i.notes.includes('SR&ED'))).toBe(true)
  })

  it('holds what Today is measured on: 280 flagged companies and 500 open follow-ups', () => {
    expect(ws.organizations.filter((o) => o.riskFlag.level !== 'none')).toHaveLength(280)
    expect(ws.followUps.filter((f) => f.status === 'open')).toHaveLength(500)
  })

  it('dates nothing after now and has open follow-ups on both sides of today', () => {
    const nowIso = now.toISOString()
    const stored: { createdAt?: string; updatedAt?: string }[] = Object.values<object[]>(ws).flat()
    expect(
      stored.filter((r) => (r.updatedAt ?? '') > nowIso || (r.updatedAt ?? '') < (r.createdAt ?? ''))
    ).toEqual([])
    expect(ws.interactions.filter((i) => i.occurredAt > nowIso)).toEqual([])
    const today = todayDate(now)
    const open = ws.followUps.filter((f) => f.status === 'open')
    expect(open.filter((f) => f.dueDate < today).length).toBeGreaterThan(50)
    expect(open.filter((f) => f.dueDate >= today).length).toBeGreaterThan(50)
  })

  it('is the same for the same seed, in slices or whole', () => {
    const again: Workspace = {
      organizations: [],
      contacts: [],
      opportunities: [],
      stageChanges: [],
      interactions: [],
      followUps: [],
      events: [],
      introductions: []
    }
    let slices = 0
    for (const chunk of generateWorkspaceTables({ size: 'large', now, seed: 7 })) {
      const table: unknown[] = again[chunk.table]
      for (const record of chunk.records) table.push(record)
      if (chunk.table === 'interactions') slices++
    }
    expect(slices).toBeGreaterThan(1)
    expect(again.interactions[12_345]).toEqual(ws.interactions[12_345])
    expect(again.contacts[9_999]).toEqual(ws.contacts[9_999])
    expect(again.organizations.map((o) => o.lastInteractionAt)).toEqual(
      ws.organizations.map((o) => o.lastInteractionAt)
    )
  })
})
