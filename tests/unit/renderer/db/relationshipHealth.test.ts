import { beforeEach, describe, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOrganization, getOrganization } from '@renderer/db/repositories/organizations'
import { healthOf, listFlaggedOrganizations, setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

describe('risk flags', () => {
  it('refuses a flag without a reason and leaves the company as it was', async () => {
    const company = await createOrganization(makeOrganization())
    const error = await setRiskFlag(company.id, { level: 'red', reason: '  ', since: '2026-11-01' }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([{ path: 'reason', key: 'validation.riskReason' }])
    expect((await getOrganization(company.id))?.riskFlag.level).toBe('none')
  })

  it('refuses a flag without its date, and records the date it is given', async () => {
    const company = await createOrganization(makeOrganization())
    const error = await setRiskFlag(company.id, { level: 'yellow', reason: 'Retards', since: null }).catch(
      (e: unknown) => e
    )
    expect((error as ValidationError).issues).toEqual([{ path: 'since', key: 'validation.riskSince' }])
    expect((await getOrganization(company.id))?.riskFlag.level).toBe('none')
    await setRiskFlag(company.id, { level: 'yellow', reason: 'Retards', since: '2026-02-27' })
    expect((await getOrganization(company.id))?.riskFlag).toEqual({
      level: 'yellow',
      reason: 'Retards',
      since: '2026-02-27'
    })
  })

  it('lists flagged companies red first, then the oldest flag, with their open follow-ups by due date', async () => {
    const yellow = await createOrganization(makeOrganization({ name: 'Jaune' }))
    const oldRed = await createOrganization(makeOrganization({ name: 'Rouge ancien' }))
    const newRed = await createOrganization(makeOrganization({ name: 'Rouge récent' }))
    await createOrganization(makeOrganization({ name: 'Sans drapeau' }))
    await setRiskFlag(yellow.id, { level: 'yellow', reason: 'Départ du CTO', since: '2026-01-01' })
    await setRiskFlag(newRed.id, { level: 'red', reason: 'Retards', since: '2026-10-01' })
    await setRiskFlag(oldRed.id, { level: 'red', reason: 'Trésorerie', since: '2026-05-01' })
    for (const dueDate of ['2026-12-10', '2026-12-01'])
      await createFollowUp({ title: `Relancer ${dueDate}`, dueDate, organizationId: oldRed.id })

    const flagged = await listFlaggedOrganizations()
    expect(flagged.map((f) => f.organization.name)).toEqual(['Rouge ancien', 'Rouge récent', 'Jaune'])
    expect(flagged[0]!.openFollowUps.map((f) => f.dueDate)).toEqual(['2026-12-01', '2026-12-10'])

    await setRiskFlag(yellow.id, { level: 'none', reason: 'ignored', since: '2026-01-01' })
    expect((await getOrganization(yellow.id))?.riskFlag).toEqual({ level: 'none', reason: '', since: null })
    expect(await listFlaggedOrganizations()).toHaveLength(2)
  })
})

describe('health of a company and a contact', () => {
  it('comes from the interactions logged with them', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const company = await createOrganization(makeOrganization())
    const person = await createContact(makeContact({ organizationId: company.id }))
    expect((await healthOf('organization', company.id, now)).level).toBe('cold')
    for (const occurredAt of ['2026-11-20T15:00:00Z', '2026-10-20T15:00:00Z', '2026-09-20T15:00:00Z'])
      await createInteraction({ occurredAt, organizationIds: [company.id], contactIds: [person.id] })
    const health = await healthOf('organization', company.id, now)
    expect([health.level, health.reason.key, health.frequency90]).toEqual(['strong', 'recentMany', 3])
    expect((await healthOf('contact', person.id, now)).level).toBe('strong')
  })
})
