import { describe, expect, it } from 'vitest'
import { isOneEditPrefix } from '@shared/search/fuzzy'
import { foldedWords, startsWords } from '@shared/search/tokenize'

describe('foldedWords', () => {
  it('folds accents, case and ligatures and splits on punctuation', () => {
    expect(foldedWords('Électro-Nord Composants ltée')).toEqual(['electro', 'nord', 'composants', 'ltee'])
    expect(foldedWords('l’hydrogène vert')).toEqual(['l', 'hydrogene', 'vert'])
    expect(foldedWords('Cœur ÉLOÏSE')).toEqual(['coeur', 'eloise'])
    expect(foldedWords('  ')).toEqual([])
  })
})

describe('startsWords', () => {
  it('wants every query word to start a word of the text', () => {
    expect(startsWords('Nouvelle entreprise', 'nouv entr')).toBe(true)
    expect(startsWords('Nouvelle entreprise', 'entreprise nouvelle')).toBe(true)
    expect(startsWords('Nouvelle entreprise', 'prise')).toBe(false)
    expect(startsWords('Aller à : Aujourd’hui', 'aujourd')).toBe(true)
  })
})

describe('isOneEditPrefix', () => {
  it.each([
    ['hydrogene', 'hydrogene', false], // exact: found by prefix, not a typo
    ['hydrogne', 'hydrogene', true], // a letter missing
    ['hydroggene', 'hydrogene', true], // a letter too many
    ['hydrigene', 'hydrogene', true], // substitution
    ['hydorgene', 'hydrogene', true], // two letters swapped
    ['eloize', 'eloise', true],
    ['elois', 'eloise', false], // a plain prefix
    ['eloixe', 'eloisette', true], // a typo in what is typed so far
    ['hydgroene', 'hydrogene', false], // two edits
    ['tremblay', 'trem', false] // far longer than the word
  ])('%s → %s: %s', (word, term, expected) => {
    expect(isOneEditPrefix(word, term)).toBe(expected)
  })
})
