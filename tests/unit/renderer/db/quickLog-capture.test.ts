// A calendar meeting logged through the quick log (« Rencontres à consigner » › « Consigner »):
// the interaction and the capture memory are written in one transaction.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  countPendingMeetings,
  importCalendarMeetings,
  listPendingMeetings
} from '@renderer/db/repositories/captures'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { saveQuickLog, type QuickLogRequest } from '@renderer/db/repositories/quickLog'
import { db } from '@renderer/db/schema'
import { meetingsOf } from '@shared/capture/calendar'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { expectAllOrNothing } from '../../../fixtures/write-failure'

const outlook = new Uint8Array(
  readFileSync(resolve(__dirname, '../../../fixtures/capture/outlook-weekly.ics'))
)
const march = () =>
  meetingsOf(outlook, {
    ownAddresses: ['julie.agent@banque-dev.ca'],
    officerZone: 'America/Toronto',
    now: new Date('2026-03-31T12:00:00Z')
  })

const logOf = (organizationId: string, captureKey: string): QuickLogRequest => ({
  interaction: { kind: 'meeting', occurredAt: '2026-03-05T15:00:00.000Z', title: 'Suivi', notes: '' },
  organizationIds: [organizationId],
  contactIds: [],
  newOrganizations: [],
  newContacts: [],
  followUp: { title: 'Relancer', dueDate: '2026-03-12' },
  captureKey
})

async function scene() {
  const company = await createOrganization(makeOrganization({ name: 'Nordik Tech' }))
  await importCalendarMeetings(march())
  const [first] = await listPendingMeetings()
  return { company, captureKey: first.captureKey }
}

beforeEach(async () => {
  await freshDatabase()
})

describe('quick log of a captured meeting', () => {
  it('remembers the meeting as logged with the interaction it became', async () => {
    const { company, captureKey } = await scene()
    const saved = await saveQuickLog(logOf(company.id, captureKey))
    expect(await countPendingMeetings()).toBe(2)
    const row = await db().captures.get(captureKey)
    expect(row?.status).toBe('logged')
    expect(row?.interactionId).toBe(saved.interaction.id)
    expect(await listInteractionsOf('organizationIds', company.id)).toHaveLength(1)
  })

  it('a failure on the memory write, the last one, leaves neither the interaction nor the memory', async () => {
    // The helper breaks the first, a middle and the last write: the last is the memory's
    await expectAllOrNothing({
      scene,
      operation: ({ company, captureKey }) => saveQuickLog(logOf(company.id, captureKey))
    })
  })
})
