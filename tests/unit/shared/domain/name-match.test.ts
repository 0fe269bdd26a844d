import { describe, expect, it } from 'vitest'
import { matchNames } from '@shared/domain/name-match'
import { organizationNameKey, personNameKey } from '@shared/domain/text'

const names = [
  { id: 'fjord', key: organizationNameKey('Logiciels Fjordtech inc.') },
  { id: 'nordik', key: organizationNameKey('Nordik Technologies') },
  { id: 'tech-nord', key: organizationNameKey('Technologies Nordique ltée') },
  { id: 'eloise', key: personNameKey('Éloïse', 'Tremblay') },
  { id: 'electro', key: organizationNameKey('Électro-Nord Composants ltée') },
  { id: 'grandnord', key: organizationNameKey('Grandnord inc.') }
]

describe('name type-ahead', () => {
  it('folds accents and case, and needs every word', () => {
    expect(matchNames(names, 'ELOISE', 5).map((n) => n.id)).toEqual(['eloise'])
    expect(matchNames(names, 'électro nord', 5).map((n) => n.id)).toEqual(['electro'])
    expect(matchNames(names, 'fjor', 5).map((n) => n.id)).toEqual(['fjord'])
    expect(matchNames(names, '   ', 5)).toEqual([])
  })

  it('puts names that start with the query first, then word starts, then the rest', () => {
    // word starts tie: the shorter name first
    expect(matchNames(names, 'nord', 5).map((n) => n.id)).toEqual([
      'nordik',
      'tech-nord',
      'electro',
      'grandnord'
    ])
    expect(matchNames(names, 'nord', 1).map((n) => n.id)).toEqual(['nordik'])
  })
})
