import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  countPendingMeetings,
  emailKey,
  decidedKeys,
  findAlreadyLogged,
  ignoreCapture,
  importCalendarMeetings,
  listPendingMeetings,
  saveCapturedLogs
} from '@renderer/db/repositories/captures'
import { createContact } from '@renderer/db/repositories/contacts'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization, getOrganization } from '@renderer/db/repositories/organizations'
import { meetingsOf } from '@shared/capture/calendar'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'
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

beforeEach(async () => {
  await freshDatabase()
})

describe('capture memory', () => {
  it('offers each meeting once: importing the same file again adds nothing', async () => {
    expect(await importCalendarMeetings(march())).toBe(3)
    expect(await importCalendarMeetings(march())).toBe(0)
    expect(await countPendingMeetings()).toBe(3)
    const pending = await listPendingMeetings()
    expect(pending.map((p) => p.meeting.start)).toEqual([
      '2026-03-05T15:00:00.000Z',
      '2026-03-12T14:00:00.000Z',
      '2026-03-27T18:00:00.000Z'
    ])
  })

  it('lists and counts only the meetings of the chosen window, and says how many new ones it shows', async () => {
    // 5, 12 and 27 March: a window from 10 March shows the last two
    expect(await importCalendarMeetings(march(), '2026-03-10T00:00:00.000Z')).toBe(2)
    expect(await countPendingMeetings('2026-03-10T00:00:00.000Z')).toBe(2)
    expect((await listPendingMeetings('2026-03-20T00:00:00.000Z')).map((p) => p.meeting.start)).toEqual([
      '2026-03-27T18:00:00.000Z'
    ])
    // the older one is kept: a wider window shows it without importing again
    expect(await countPendingMeetings('2026-03-01T00:00:00.000Z')).toBe(3)
  })

  it('never offers again a meeting logged or ignored, even from a newer file', async () => {
    const company = await createOrganization(makeOrganization({ name: 'Nordik Tech' }))
    const eloise = await createContact(
      makeContact({ email: 'eloise.tremblay@nordik-tech.ca', organizationId: company.id })
    )
    await importCalendarMeetings(march())
    const [first, second] = await listPendingMeetings()
    await saveCapturedLogs([
      {
        captureKey: first.captureKey,
        source: 'calendar',
        interaction: {
          kind: 'meeting',
          occurredAt: first.meeting.start,
          durationMinutes: 45,
          title: first.meeting.title,
          notes: first.meeting.location,
          organizationIds: [],
          contactIds: [eloise.id]
        },
        newPeople: [
          {
            firstName: 'Marc',
            lastName: 'Lévesque',
            email: 'marc@nordik-tech.ca',
            organizationId: company.id
          }
        ]
      }
    ])
    await ignoreCapture(second.captureKey)
    expect(await importCalendarMeetings(march())).toBe(0)
    expect((await listPendingMeetings()).map((p) => p.meeting.start)).toEqual(['2026-03-27T18:00:00.000Z'])
    // on the company's timeline (linked through Éloïse's employer), with the new person
    const [logged] = await listInteractionsOf('organizationIds', company.id)
    expect(logged.title).toBe('Point hebdo Nordik')
    expect(logged.occurredAt).toBe('2026-03-05T15:00:00.000Z')
    expect(logged.contactIds).toHaveLength(2)
    expect((await getOrganization(company.id))?.lastInteractionAt).toBe('2026-03-05T15:00:00.000Z')
    expect(await findAlreadyLogged([{ start: '2026-03-05T15:30:00.000Z', contactIds: [eloise.id] }])).toEqual(
      [logged.id]
    )
  })

  it('remembers a message by its Message-ID', async () => {
    const company = await createOrganization(makeOrganization())
    await saveCapturedLogs([
      {
        captureKey: emailKey('CAF3kq8Zx1Y2@mail.gmail.com'),
        source: 'email',
        interaction: {
          kind: 'email',
          occurredAt: '2026-03-04T14:30:41.000Z',
          title: 'Prochaines étapes',
          notes: '',
          organizationIds: [company.id],
          contactIds: []
        },
        newPeople: []
      }
    ])
    expect([...(await decidedKeys([emailKey('CAF3kq8Zx1Y2@mail.gmail.com'), emailKey('autre@x')]))]).toEqual([
      'email:CAF3kq8Zx1Y2@mail.gmail.com'
    ])
  })

  it('logging several meetings is all or nothing', async () => {
    await expectAllOrNothing({
      scene: async () => {
        const company = await createOrganization(makeOrganization())
        await importCalendarMeetings(march())
        return { company, pending: await listPendingMeetings() }
      },
      operation: async ({ company, pending }) => {
        await saveCapturedLogs(
          pending.map((p) => ({
            captureKey: p.captureKey,
            source: 'calendar' as const,
            interaction: {
              kind: 'meeting' as const,
              occurredAt: p.meeting.start,
              title: p.meeting.title,
              notes: '',
              organizationIds: [company.id],
              contactIds: []
            },
            newPeople: []
          }))
        )
      }
    })
  })
})
