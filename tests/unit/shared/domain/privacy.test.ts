import { describe, expect, it } from 'vitest'
import {
  ERASED_PERSON_ID,
  dueForRetentionReview,
  eraseFromInteraction,
  identifyingTerms,
  mentions
} from '@shared/domain/privacy'
import { contactSchema } from '@shared/schemas'
import { interaction } from '../../../fixtures/records'

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

describe('erasing a person from a meeting', () => {
  const meeting = (organizationIds: string[], contactIds: string[]) =>
    interaction({ occurredAt: '2026-11-02T12:00:00.000Z', organizationIds, contactIds })

  it('keeps the others, and the meeting on its company without them', () => {
    expect(eraseFromInteraction(meeting([], ['eloise', 'marc']), 'eloise').contactIds).toEqual(['marc'])
    expect(eraseFromInteraction(meeting(['nordik'], ['eloise']), 'eloise').contactIds).toEqual([])
  })

  it('leaves a placeholder where she was met alone, with no company, so the meeting still counts', () => {
    expect(eraseFromInteraction(meeting([], ['eloise']), 'eloise').contactIds).toEqual([ERASED_PERSON_ID])
  })
})
