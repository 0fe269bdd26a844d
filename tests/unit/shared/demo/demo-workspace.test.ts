import { describe, expect, it } from 'vitest'
import { DEMO_FACTS, generateWorkspace, WORKSPACE_COUNTS, countWorkspace, type Workspace } from '@shared/demo'
import { calendarDateOf, daysSince, todayDate } from '@shared/domain/dates'
import { foldText } from '@shared/domain/text'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
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
import { brokenReferences, contactsOutsideOrganizations, wrongLastInteraction } from './integrity'

const now = new Date('2026-11-25T15:30:00Z')
const ws = generateWorkspace({ size: 'demo', now })
const today = todayDate(now)

function expectStored<S extends z.ZodType>(schema: S, records: unknown[]) {
  for (const record of records) {
    const result = schema.safeParse(record)
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true)
    // Stored records come out of the schema unchanged: nothing left for a default or a trim to fix
    expect(result.data).toEqual(record)
  }
}

describe('demo workspace', () => {
  it('has the promised size', () => {
    const { stageChanges, ...counts } = countWorkspace(ws)
    expect(counts).toEqual(WORKSPACE_COUNTS.demo)
    expect(stageChanges).toBeGreaterThan(WORKSPACE_COUNTS.demo.opportunities)
    const { stageChanges: _, ...otherSeed } = countWorkspace(
      generateWorkspace({ size: 'demo', now, seed: 5 })
    )
    expect(otherSeed).toEqual(WORKSPACE_COUNTS.demo)
  })

  it('passes every schema as stored records', () => {
    expectStored(organizationSchema, ws.organizations)
    expectStored(contactSchema, ws.contacts)
    expectStored(opportunitySchema, ws.opportunities)
    expectStored(stageChangeSchema, ws.stageChanges)
    expectStored(interactionSchema, ws.interactions)
    expectStored(followUpSchema, ws.followUps)
    expectStored(eventSchema, ws.events)
    expectStored(introductionSchema, ws.introductions)
  })

  it('has unique ids and no dangling reference', () => {
    const ids = Object.values(ws).flatMap((records: { id: string }[]) => records.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(brokenReferences(ws)).toEqual([])
    expect(contactsOutsideOrganizations(ws)).toEqual([])
  })

  it('keeps lastInteractionAt equal to the latest interaction', () => {
    expect(wrongLastInteraction(ws)).toEqual([])
  })

  it('is the same for the same seed and different for another', () => {
    expect(generateWorkspace({ size: 'demo', now })).toEqual(ws)
    const other = generateWorkspace({ size: 'demo', now, seed: 99 })
    expect(other.organizations[0].id).not.toBe(ws.organizations[0].id)
    expect(other.interactions.map((i) => i.occurredAt)).not.toEqual(ws.interactions.map((i) => i.occurredAt))
  })

  it('never dates anything after now', () => {
    const nowIso = now.toISOString()
    const stamps = (w: Workspace) => [
      ...w.interactions.map((i) => i.occurredAt),
      ...Object.values<object[]>(w).flatMap((records: { createdAt?: string }[]) =>
        records.map((r) => r.createdAt ?? '')
      ),
      ...w.stageChanges.map((s) => s.at)
    ]
    expect(stamps(ws).filter((s) => s > nowIso)).toEqual([])
  })

  it('has Éloïse, findable as "eloise"', () => {
    const eloise = ws.contacts.filter((c) => foldText(c.firstName) === 'eloise')
    expect(eloise.map((c) => c.firstName)).toEqual([DEMO_FACTS.accentedFirstName])
    expect(ws.contacts.some((c) => c.firstName === 'Zoë' || c.firstName === 'Chloé-Anne')).toBe(true)
    expect(ws.contacts.some((c) => c.lastName === "O'Brien" && c.language === 'en')).toBe(true)
  })

  it('writes accent-free lowercase e-mail addresses and 418 numbers in the region', () => {
    for (const c of ws.contacts) expect(c.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/)
    const regional = ws.contacts.filter(
      (c) => ws.organizations.find((o) => o.id === c.organizationId)?.region === '02'
    )
    for (const c of regional) expect(c.phone.startsWith('418 ')).toBe(true)
  })

  it('has follow-ups due today, overdue, this week, later, done', () => {
    const open = ws.followUps.filter((f) => f.status === 'open')
    expect(open.some((f) => f.dueDate === today)).toBe(true)
    expect(open.some((f) => f.dueDate < today)).toBe(true)
    expect(open.filter((f) => f.dueDate > today).length).toBeGreaterThan(5)
    expect(ws.followUps.filter((f) => f.status === 'done').every((f) => f.doneAt !== null)).toBe(true)
  })

  it('dates "today" in the time zone it is given', () => {
    const lateEvening = new Date('2026-11-26T03:00:00Z')
    const quebec = generateWorkspace({ size: 'demo', now: lateEvening, timeZone: 'America/Toronto' })
    expect(quebec.followUps.some((f) => f.status === 'open' && f.dueDate === '2026-11-25')).toBe(true)
    const utc = generateWorkspace({ size: 'demo', now: lateEvening, timeZone: 'UTC' })
    expect(utc.followUps.some((f) => f.status === 'open' && f.dueDate === '2026-11-26')).toBe(true)
  })

  it('has a key account with no interaction for more than 90 days, and a red flag', () => {
    const stale = ws.organizations.filter(
      (o) =>
        o.tier === 'key-account' && (o.lastInteractionAt === null || daysSince(o.lastInteractionAt, now) > 90)
    )
    expect(stale.map((o) => o.name)).toContain(DEMO_FACTS.staleKeyAccount)
    const red = ws.organizations.filter((o) => o.riskFlag.level === 'red')
    expect(red.map((o) => o.name)).toContain(DEMO_FACTS.redFlagOrganization)
    expect(red.every((o) => o.riskFlag.reason !== '' && o.riskFlag.since !== null)).toBe(true)
  })

  it('finds the distinctive note words in one note and nowhere else', () => {
    const word = foldText(DEMO_FACTS.distinctiveNoteWords)
    const hits = ws.interactions.filter((i) => foldText(i.notes).includes(word))
    expect(hits).toHaveLength(1)
    const org = ws.organizations.find((o) => o.id === hits[0].organizationIds[0])
    expect(org?.name).toBe(DEMO_FACTS.distinctiveNoteOrganization)
    expect(foldText(JSON.stringify(ws)).split(word)).toHaveLength(2)
  })

  it('tells the 5 à 7 story: co-organised by the association and the bank, with an introduction', () => {
    const evening = ws.events.find((e) => e.name === DEMO_FACTS.networkingEvent)
    const organizers = ws.organizations.filter((o) => evening?.organizerIds.includes(o.id)).map((o) => o.name)
    expect(organizers.some((n) => n.startsWith('Regroupement'))).toBe(true)
    expect(organizers.some((n) => n.startsWith('Banque'))).toBe(true)
    expect(
      ws.interactions.filter((i) => i.eventId === evening?.id && i.kind === 'event-encounter').length
    ).toBeGreaterThan(3)
    expect(ws.introductions.some((i) => i.eventId === evening?.id && i.status === 'outcome')).toBe(true)
  })

  it('keeps each file consistent with its stage history', () => {
    const stages = new Map(DEFAULT_PIPELINE_STAGES.map((s) => [s.id, s]))
    for (const file of ws.opportunities) {
      const history = ws.stageChanges.filter((s) => s.opportunityId === file.id)
      expect(history[0].fromStageId).toBeNull()
      history.slice(1).forEach((change, k) => {
        expect(change.fromStageId).toBe(history[k].toStageId)
        expect(change.at > history[k].at).toBe(true)
      })
      const last = history[history.length - 1]
      expect(last.toStageId).toBe(file.stageId)
      expect(file.stageEnteredAt).toBe(last.at)
      expect(file.openedOn).toBe(calendarDateOf(new Date(history[0].at), 'America/Toronto'))
      if (file.expectedCloseDate) expect(file.expectedCloseDate >= file.openedOn).toBe(true)
      const kind = stages.get(file.stageId)?.kind
      expect(file.outcome).toBe(kind === 'won' ? 'won' : kind === 'lost' ? 'lost' : null)
    }
    expect(ws.opportunities.some((o) => o.outcome === 'won')).toBe(true)
    expect(ws.opportunities.some((o) => o.outcome === 'lost' && o.lostReason !== '')).toBe(true)
  })

  it('covers every introduction status', () => {
    expect(new Set(ws.introductions.map((i) => i.status))).toEqual(
      new Set(['proposed', 'made', 'met', 'outcome'])
    )
  })
})
