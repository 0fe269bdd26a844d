// Which parts of a shown text matched the query, worked out on the original text (accents and case
// kept) so the palette can mark them: "elo" marks "Élo" in "Éloïse", a typo match marks the word.
import { foldText } from '../domain/text'
import type { HighlightRule } from './SearchIndex'

export interface TextPart {
  text: string
  matched: boolean
}

const WORD = /[\p{L}\p{N}]+/gu

/** How many characters of `word` fold to the first `foldedLength` folded characters ("Œuf", 2 → 1). */
function originalLength(word: string, foldedLength: number): number {
  let folded = 0
  let at = 0
  for (const char of word) {
    if (folded >= foldedLength) break
    folded += foldText(char).length || 1
    at += char.length
  }
  return at
}

/** Length of the start of `word` that the rule marks (0 when none). */
function markedLength(word: string, rule: HighlightRule): number {
  const folded = foldText(word)
  if (rule.terms.includes(folded)) return word.length
  let longest = 0
  for (const prefix of rule.prefixes) {
    if (prefix.length > longest && folded.startsWith(prefix)) longest = prefix.length
  }
  return longest === 0 ? 0 : originalLength(word, longest)
}

/** Where the rule marks the text: [start, end) ranges in order. */
export function matchRanges(text: string, rule: HighlightRule): [number, number][] {
  const ranges: [number, number][] = []
  for (const match of text.matchAll(WORD)) {
    const length = markedLength(match[0], rule)
    if (length > 0) ranges.push([match.index, match.index + length])
  }
  return ranges
}

/** The text cut into matched and unmatched parts, in order. */
export function highlightParts(text: string, rule: HighlightRule): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const [start, end] of matchRanges(text, rule)) {
    if (start > at) parts.push({ text: text.slice(at, start), matched: false })
    parts.push({ text: text.slice(start, end), matched: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), matched: false })
  return parts
}

/**
 * A short passage of a long text around its first match ("… the SR&ED claim for …"), or '' when
 * nothing in it matched (the record matched by its name or title).
 */
export function snippet(text: string, rule: HighlightRule, length = 110): string {
  const flat = text.replace(/\s+/g, ' ')
  const first = matchRanges(flat, rule)[0]
  if (!first) return ''
  const lead = Math.max(0, first[0] - Math.floor(length / 3))
  const start = lead === 0 ? 0 : flat.indexOf(' ', lead) + 1 || lead
  const cut = flat.slice(start, start + length)
  const end = start + length >= flat.length ? cut : cut.slice(0, cut.lastIndexOf(' ')) || cut
  return `${start > 0 ? '… ' : ''}${end}${start + length < flat.length ? ' …' : ''}`
}
