import { describe, expect, it } from 'vitest'
import { foldText, matchesFolded, organizationNameKey, personNameKey } from '@shared/domain/text'

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
