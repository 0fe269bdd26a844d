import { describe, expect, it } from 'vitest'
import {
  ERASED_OTHER_PERSON_ID,
  ERASED_PERSON_ID,
  dueForRetentionReview,
  eraseFromDraft,
  eraseFromInteraction,
  eraseFromIntroduction,
  identifyingTerms,
  isRegisterEntryAbout,
  mentions
} from '@shared/domain/privacy'
import { contactSchema, introductionSchema } from '@shared/schemas'
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

describe('erasing from an introduction', () => {
  const at = '2026-01-01T00:00:00.000Z'
  const intro = introductionSchema.parse({
    id: 'i1',
    personAId: 'a',
    personBId: 'b',
    requestedBy: 'a',
    createdAt: at,
    updatedAt: at,
    deletedAt: null
  })

  it.each([
    ['A then B', ['a', 'b']],
    ['B then A', ['b', 'a']]
  ])('keeps two different people once both are erased (%s)', (_order, [first, second]) => {
    const erased = eraseFromIntroduction(eraseFromIntroduction(intro, first), second)
    expect(introductionSchema.safeParse(erased).success).toBe(true)
    expect([erased.personAId, erased.personBId].sort()).toEqual([ERASED_PERSON_ID, ERASED_OTHER_PERSON_ID])
    expect(erased.requestedBy).toBeNull()
  })
})

describe('erasing from a draft', () => {
  const terms = identifyingTerms(eloise)
  const line = (key: string, parties: unknown[], note = '') => ({ key, parties, note, followUp: 'none' })
  const marc = line('2', [{ type: 'contact', id: 'marc' }], 'Prêt')

  it('drops the lines that hold the person’s id or name them, and keeps the others', () => {
    const draft = {
      lines: [
        line('1', [{ type: 'contact', id: 'eloise' }]),
        marc,
        line('3', [{ type: 'new-contact', name: 'Éloïse Tremblay' }]),
        line('4', [], 'Rappeler Mme TREMBLAY')
      ]
    }
    expect(eraseFromDraft(draft, 'eloise', terms)).toEqual({ lines: [marc] })
  })

  it('leaves a draft that is not about the person as it is, and drops one with nothing left', () => {
    const draft = { lines: [marc] }
    expect(eraseFromDraft(draft, 'eloise', terms)).toBe(draft)
    expect(
      eraseFromDraft({ lines: [line('1', [{ type: 'contact', id: 'eloise' }])] }, 'eloise', terms)
    ).toBeNull()
    expect(eraseFromDraft({ note: 'eloise.tremblay@nordik.ca' }, 'eloise', terms)).toBeNull()
  })
})

describe('register entries about a person', () => {
  const contact = { id: 'eloise', ...eloise }

  it('finds access requests by id, or by the name when written without one', () => {
    const entry = (contactId: string | null, subject = 'Quelqu’un') =>
      ({ kind: 'access-export', subject, contactId }) as const
    expect(isRegisterEntryAbout(entry('eloise'), contact)).toBe(true)
    expect(isRegisterEntryAbout(entry('marc', 'Éloïse Tremblay'), contact)).toBe(false)
    expect(isRegisterEntryAbout(entry(null, 'ELOISE  tremblay'), contact)).toBe(true)
    expect(isRegisterEntryAbout(entry(null, 'Marc Tremblay'), contact)).toBe(false)
    expect(isRegisterEntryAbout({ kind: 'erasure', subject: 'Éloïse Tremblay' }, contact)).toBe(false)
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
