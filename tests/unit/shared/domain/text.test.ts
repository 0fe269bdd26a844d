import { describe, expect, it } from 'vitest'
import {
  foldText,
  matchesFolded,
  organizationNameKey,
  personNameKey,
  sortable,
  compareSortable
} from '@shared/domain/text'

describe('foldText', () => {
  it('folds accents, case, ligatures and spaces', () => {
    expect(foldText('  Éloïse   CÔTÉ ')).toBe('eloise cote')
    expect(foldText('Québec')).toBe('quebec')
    expect(foldText('Cœur')).toBe('coeur')
  })

  it('keeps emoji and non-Latin letters', () => {
    expect(foldText('Zoë 🚀')).toBe('zoe 🚀')
  })
})

describe('organizationNameKey', () => {
  it('treats legal suffixes and punctuation as noise', () => {
    expect(organizationNameKey('Nordik Tech inc.')).toBe(organizationNameKey('NORDIK TECH'))
    expect(organizationNameKey('Les Solutions Côté ltée')).toBe('les solutions cote')
  })

  it('keeps different names apart', () => {
    expect(organizationNameKey('Nordik Tech')).not.toBe(organizationNameKey('Nordik Techno'))
  })
})

describe('personNameKey and matchesFolded', () => {
  it('matches a person typed without accents', () => {
    expect(personNameKey('Éloïse', 'Tremblay')).toBe('eloise tremblay')
    expect(matchesFolded('Éloïse Tremblay', 'eloise trem')).toBe(true)
    expect(matchesFolded('Éloïse Tremblay', 'eloise gagnon')).toBe(false)
  })
})

describe('sortable texts', () => {
  it('sorts names as a French reader expects: accents and capitals ignored, numbers by value', () => {
    const names = ['Zoë', 'électro nord', '10 Pommes', 'Eclair', 'Abc', 'Ab c', '2 Pommes', 'Éclair']
    const sorted = names.map(sortable).sort(compareSortable)
    expect(sorted.map((s) => s.text)).toEqual([
      '2 Pommes',
      '10 Pommes',
      'Ab c',
      'Abc',
      'Eclair',
      'Éclair',
      'électro nord',
      'Zoë'
    ])
    expect(compareSortable(sortable('Éloïse Côté'), sortable('eloise cote'))).toBe(0)
  })

  it('orders every pair of names the way the French collator does', () => {
    const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true })
    const sign = (n: number) => Math.sign(n)
    // A fixed pseudo-random draw over letters, accents, capitals, digits and names' punctuation
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const alphabet = [..."aAbeEéÉèêëiïîoôœuüçzZ -–’'.,&()/9"]
    const names = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + next(6) }, () => alphabet[next(alphabet.length)]).join('')
    )
    const compare = (a: string, b: string) => compareSortable(sortable(a), sortable(b))
    const disagreements = names.flatMap((a) =>
      names.filter((b) => sign(compare(a, b)) !== sign(collator.compare(a, b))).map((b) => [a, b])
    )
    expect(disagreements).toEqual([])
  })
})
