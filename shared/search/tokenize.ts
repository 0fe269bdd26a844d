// Words as the search index sees them: folded (no accents, lower case) and split on anything that
// is not a letter or a digit, so "Électro-Nord" gives "electro" and "nord", "l’hydrogène" gives
// "l" and "hydrogene".
import { foldText } from '../domain/text'

const SEPARATORS = /[^\p{L}\p{N}]+/u

export function foldedWords(text: string): string[] {
  if (!text) return []
  return foldText(text)
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
}

/** The distinct folded words of a text. */
export function distinctWords(text: string): Set<string> {
  return new Set(foldedWords(text))
}

/** True when every word of the query starts a word of the text ("nouv entr" → "Nouvelle entreprise"). */
export function startsWords(text: string, query: string): boolean {
  const words = foldedWords(text)
  return foldedWords(query).every((wanted) => words.some((word) => word.startsWith(wanted)))
}
