import { describe, expect, it } from 'vitest'
import { dueForRetentionReview, identifyingTerms, mentions } from '@shared/domain/privacy'
import { contactSchema } from '@shared/schemas'

const eloise = { firstName: 'Éloïse', lastName: 'Tremblay', email: 'eloise.tremblay@nordik.ca' }

describe('texts that name a person', () => {
  const terms = identifyingTerms(eloise)

  it('finds the full name, the last name or the email, accents and case ignored', () => {
    expect(mentions('Dîner avec ELOISE tremblay', terms)).toBe(true)
    expect(mentions('Rappeler Mme Tremblay.', terms)).toBe(true)
    expect(mentions('Écrire à eloise.tremblay@nordik.ca', terms)).toBe(true)
  })

  it('does not flag a word that only contains the name', () => {
    expect(mentions('Tremblayville est loin', terms)).toBe(false)
    expect(mentions('Rencontre avec Éloïse Gagnon', terms)).toBe(false)
  })

  it('ignores last names too short to mean anyone', () => {
    expect(identifyingTerms({ firstName: 'Li', lastName: 'Wu', email: '' })).toEqual(['li wu'])
  })
})

describe('retention review', () => {
  const at = (iso: string) =>
    contactSchema.parse({
      id: iso,
      firstName: 'A',
      lastName: 'B',
      nameKey: 'a b',
      createdAt: '2019-01-01T12:00:00.000Z',
      updatedAt: '2019-01-01T12:00:00.000Z',
      deletedAt: null,
      lastInteractionAt: iso
    })

  it('lists contacts last met before the cutoff, oldest first', () => {
    const contacts = [
      at('2023-11-26T12:00:00.000Z'),
      at('2023-11-24T12:00:00.000Z'),
      at('2021-01-01T12:00:00.000Z')
    ]
    expect(dueForRetentionReview(contacts, 3, '2026-11-25').map((c) => c.id)).toEqual([
      '2021-01-01T12:00:00.000Z',
      '2023-11-24T12:00:00.000Z'
    ])
  })
})
