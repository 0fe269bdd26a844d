// Type-ahead over names already folded (organizations' and contacts' nameKey): every typed word must
// appear; names that start with the query come first, then names with a word starting with it.
import { foldText } from './text'

export interface NameKey {
  id: string
  /** Folded name (see text.ts): "logiciels fjordtech", "eloise tremblay". */
  key: string
}

function rank(key: string, query: string, words: string[]): number {
  if (key.startsWith(query)) return 0
  if (key.includes(` ${words[0]}`)) return 1
  return 2
}

/** The best `limit` matches of a query among folded names, best first. */
export function matchNames(names: readonly NameKey[], query: string, limit: number): NameKey[] {
  const folded = foldText(query)
  const words = folded.split(' ').filter(Boolean)
  if (words.length === 0) return []
  const scored: { name: NameKey; score: number }[] = []
  for (const name of names) {
    if (words.every((w) => name.key.includes(w))) scored.push({ name, score: rank(name.key, folded, words) })
  }
  scored.sort(
    (a, b) =>
      a.score - b.score || a.name.key.length - b.name.key.length || a.name.key.localeCompare(b.name.key)
  )
  return scored.slice(0, limit).map((s) => s.name)
}
