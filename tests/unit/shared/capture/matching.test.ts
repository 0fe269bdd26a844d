import { describe, expect, it } from 'vitest'
import { alreadyLogged, matchPeople, nameFromAddress } from '@shared/capture/matching'

const contacts = [
  { id: 'eloise', email: 'Eloise.Tremblay@nordik-tech.ca', organizationId: 'nordik' },
  { id: 'sans-courriel', email: '', organizationId: null }
]
const organizations = [
  { id: 'nordik', website: 'https://www.nordik-tech.ca/fr' },
  { id: 'boreal', website: 'hydrogene-boreal.com' },
  { id: 'sans-site', website: '' }
]

describe('matching addresses to people', () => {
  it('finds known contacts by address whatever the case, and proposes the others with a guessed company', () => {
    expect(
      matchPeople(
        [
          { email: 'eloise.tremblay@nordik-tech.ca', name: 'É. Tremblay' },
          { email: 'karim.benali@mail.hydrogene-boreal.com', name: '' },
          { email: 'marc@nordik-tech.ca', name: 'Lévesque, Marc' },
          { email: 'gabrielle.cote@gmail.com', name: 'Gabrielle Côté' },
          { email: 'info@inconnu.ca', name: 'info@inconnu.ca' }
        ],
        contacts,
        organizations
      )
    ).toEqual([
      {
        kind: 'known',
        email: 'eloise.tremblay@nordik-tech.ca',
        contactId: 'eloise',
        organizationId: 'nordik'
      },
      {
        kind: 'unknown',
        email: 'karim.benali@mail.hydrogene-boreal.com',
        firstName: 'Karim',
        lastName: 'Benali',
        organizationId: 'boreal'
      },
      {
        kind: 'unknown',
        email: 'marc@nordik-tech.ca',
        firstName: 'Marc',
        lastName: 'Lévesque',
        organizationId: 'nordik'
      },
      {
        kind: 'unknown',
        email: 'gabrielle.cote@gmail.com',
        firstName: 'Gabrielle',
        lastName: 'Côté',
        organizationId: null
      },
      { kind: 'unknown', email: 'info@inconnu.ca', firstName: 'Info', lastName: '', organizationId: null }
    ])
  })

  it('does not take a look-alike domain for the company', () => {
    const [match] = matchPeople([{ email: 'x@notnordik-tech.ca', name: '' }], contacts, organizations)
    expect(match).toMatchObject({ kind: 'unknown', organizationId: null })
  })

  it('names a person from a quoted display name', () => {
    expect(nameFromAddress({ email: 'a@b.ca', name: '"Jean-François Roy"' })).toEqual({
      firstName: 'Jean-François',
      lastName: 'Roy'
    })
  })
})

describe('« déjà consigné ? »', () => {
  const logged = [
    { id: 'i1', occurredAt: '2026-03-05T15:50:00.000Z', contactIds: ['eloise', 'marc'] },
    { id: 'i2', occurredAt: '2026-03-05T15:00:00.000Z', contactIds: ['karim'] }
  ]
  it('points to an interaction with one of the same people within an hour', () => {
    expect(alreadyLogged('2026-03-05T15:00:00.000Z', ['eloise'], logged)).toBe('i1')
    expect(alreadyLogged('2026-03-05T16:50:00.000Z', ['eloise'], logged)).toBe('i1')
  })
  it('ignores one more than an hour away or with other people', () => {
    expect(alreadyLogged('2026-03-05T16:51:00.000Z', ['eloise'], logged)).toBeNull()
    expect(alreadyLogged('2026-03-05T15:00:00.000Z', ['gabrielle'], logged)).toBeNull()
    expect(alreadyLogged('2026-03-05T15:00:00.000Z', [], logged)).toBeNull()
  })
})
