// The index's matching rules for a handful of texts that are not in the index yet (names typed on
// earlier lines of an unsaved draft): every typed word starts a word of the text, or, from five
// letters, does so with one typo.
import { isOneEditPrefix } from './fuzzy'
import { FUZZY_MIN_LENGTH } from './SearchIndex'
import { foldedWords } from './tokenize'

export function matchesTyped(text: string, query: string): boolean {
  const words = foldedWords(text)
  const wanted = foldedWords(query)
  return (
    wanted.length > 0 &&
    wanted.every((typed) =>
      words.some(
        (word) => word.startsWith(typed) || (typed.length >= FUZZY_MIN_LENGTH && isOneEditPrefix(typed, word))
      )
    )
  )
}
