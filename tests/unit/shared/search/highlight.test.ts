import { describe, expect, it } from 'vitest'
import { highlightParts, snippet } from '@shared/search/highlight'

const rule = (prefixes: string[], terms: string[] = []) => ({ prefixes, terms })
const marked = (text: string, r: ReturnType<typeof rule>) =>
  highlightParts(text, r)
    .filter((part) => part.matched)
    .map((part) => part.text)

describe('highlightParts', () => {
  it('marks the typed start of accented words in the original spelling', () => {
    expect(marked('Éloïse Tremblay', rule(['elo']))).toEqual(['Élo'])
    expect(marked('Électrolyse Péribonka inc.', rule(['peri', 'electrolyse']))).toEqual([
      'Électrolyse',
      'Péri'
    ])
  })

  it('marks whole words reached by a typo, and keeps the text whole', () => {
    const parts = highlightParts('Production d’hydrogène vert', rule(['hydorgene'], ['hydrogene']))
    expect(parts.map((part) => part.text).join('')).toBe('Production d’hydrogène vert')
    expect(parts.filter((part) => part.matched).map((part) => part.text)).toEqual(['hydrogène'])
  })

  it('counts ligatures as the letters they fold to', () => {
    expect(marked('Cœur de pomme', rule(['coe']))).toEqual(['Cœ'])
  })
})

describe('snippet', () => {
  const note =
    'Longue rencontre de suivi avec la direction financière au sujet des crédits. ' +
    'Le dossier RS&DE avance bien et la demande sera déposée en mars, après la revue des feuilles de temps.'

  it('cuts a passage around the first match, on word boundaries', () => {
    const passage = snippet(note, rule(['deposee']), 60)
    expect(passage).toContain('déposée')
    expect(passage.startsWith('… ')).toBe(true)
    expect(passage.endsWith(' …')).toBe(true)
  })

  it('is empty when the text did not match', () => {
    expect(snippet(note, rule(['chicoutimi']))).toBe('')
  })
})
