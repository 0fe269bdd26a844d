import { describe, expect, it } from 'vitest'
import { logIntroduction } from '@renderer/features/interactions/logIntroduction'
import { partiesRequest, splitPersonName } from '@renderer/features/interactions/parties'
import { followUpDueDate, initialValues, valuesToRequest } from '@renderer/features/interactions/quickLogForm'

describe('quick log form', () => {
  const now = new Date(2026, 2, 3, 9, 30) // local 3 March 2026, 9:30

  it('starts now, as a meeting, with the preset’s company, file and event', () => {
    const values = initialValues({ organizationIds: ['org'], opportunityId: 'file', eventId: 'event' }, now)
    expect(values).toMatchObject({
      date: '2026-03-03',
      time: '09:30',
      kind: 'meeting',
      parties: [{ type: 'organization', id: 'org' }],
      opportunityId: 'file',
      eventId: 'event',
      followUp: 'none'
    })
  })

  it('turns presets into due dates from today', () => {
    const values = initialValues({}, now)
    expect(followUpDueDate({ ...values, followUp: 'next-week' }, '2026-03-03')).toBe('2026-03-09')
    expect(followUpDueDate({ ...values, followUp: 'tomorrow' }, '2026-03-31')).toBe('2026-04-01')
    expect(followUpDueDate({ ...values, followUp: 'date', followUpDate: '2026-04-15' })).toBe('2026-04-15')
    expect(followUpDueDate({ ...values, followUp: 'none' })).toBeNull()
  })

  it('builds one save with the local time as an instant and the default follow-up title', () => {
    const values = {
      ...initialValues({ organizationIds: ['org'] }, now),
      durationMinutes: 45,
      followUp: 'date' as const,
      followUpDate: '2026-03-20'
    }
    const request = valuesToRequest(values, 'Faire le suivi auprès de Nordik')
    expect(request.interaction).toMatchObject({ durationMinutes: 45, occurredAt: now.toISOString() })
    expect(request.followUp).toEqual({ title: 'Faire le suivi auprès de Nordik', dueDate: '2026-03-20' })
    expect(valuesToRequest({ ...values, followUpTitle: ' Envoyer l’offre ' }, 'x').followUp?.title).toBe(
      'Envoyer l’offre'
    )
  })

  it('splits new people into first and last names and separates new records from existing ones', () => {
    expect(splitPersonName('  Jean-François  De La Roche ')).toEqual({
      firstName: 'Jean-François',
      lastName: 'De La Roche'
    })
    expect(
      partiesRequest([
        { type: 'organization', id: 'a' },
        { type: 'new-organization', name: 'Drone Boréal' },
        { type: 'contact', id: 'c' },
        { type: 'new-contact', name: 'Éloïse' }
      ])
    ).toEqual({
      organizationIds: ['a'],
      contactIds: ['c'],
      newOrganizations: [{ name: 'Drone Boréal' }],
      newContacts: [{ firstName: 'Éloïse', lastName: '' }]
    })
  })
})

describe('an introduction from the quick log', () => {
  const values = initialValues({ organizationIds: ['org'], eventId: 'event' })

  it('introduces the first two people already in Relais, at the log’s event', () => {
    const parties = [
      { type: 'organization' as const, id: 'org' },
      { type: 'new-contact' as const, name: 'Nouvelle Personne' },
      { type: 'contact' as const, id: 'a' },
      { type: 'contact' as const, id: 'b' },
      { type: 'contact' as const, id: 'c' }
    ]
    expect(logIntroduction({ ...values, parties }).preset).toEqual({
      personAId: 'a',
      personBId: 'b',
      eventId: 'event'
    })
    expect(logIntroduction({ ...values, parties: [], eventId: null }).preset).toEqual({
      personAId: undefined,
      personBId: undefined,
      eventId: undefined
    })
  })

  it('says the log is done with once nothing but its people was written', () => {
    expect(logIntroduction(values).logIsEmpty).toBe(true)
    expect(logIntroduction({ ...values, notes: 'Parlé du prototype' }).logIsEmpty).toBe(false)
    expect(logIntroduction({ ...values, title: 'Dîner' }).logIsEmpty).toBe(false)
    expect(logIntroduction({ ...values, followUp: 'tomorrow' }).logIsEmpty).toBe(false)
  })
})
