// One-typo matching for words being typed: is `word` within one edit (a substitution, an insertion,
// a deletion or two neighbours swapped) of the beginning of `term`? "hydorgene" and "hydrogen"
// both reach "hydrogene"; "eloize" reaches "eloise". Runs over the whole vocabulary on each
// keystroke, so it compares characters in place instead of building edit-distance tables.

/** True when term[from..from+length) equals word[wordFrom..wordFrom+length). */
function sameRun(word: string, wordFrom: number, term: string, termFrom: number, length: number): boolean {
  if (termFrom + length > term.length) return false
  for (let k = 0; k < length; k++) {
    if (word.charCodeAt(wordFrom + k) !== term.charCodeAt(termFrom + k)) return false
  }
  return true
}

/**
 * True when one edit turns `word` into a prefix of `term` (the term may go on after it).
 * An exact prefix is not a typo: callers find those by prefix and skip them here.
 */
export function isOneEditPrefix(word: string, term: string): boolean {
  const n = word.length
  if (term.length < n - 1) return false
  let i = 0
  while (i < n && i < term.length && word.charCodeAt(i) === term.charCodeAt(i)) i++
  if (i === n) return false // exact prefix
  // word ran past the end of term: only its last letter may be the extra one
  if (i === term.length) return i === n - 1
  const rest = n - i - 1
  return (
    sameRun(word, i + 1, term, i + 1, rest) || // substitution
    sameRun(word, i + 1, term, i, rest) || // a letter too many in word
    sameRun(word, i, term, i + 1, n - i) || // a letter missing from word
    (rest > 0 &&
      word.charCodeAt(i) === term.charCodeAt(i + 1) &&
      word.charCodeAt(i + 1) === term.charCodeAt(i) &&
      sameRun(word, i + 2, term, i + 2, rest - 1)) // two letters swapped
  )
}
