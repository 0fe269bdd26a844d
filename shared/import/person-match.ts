// The same person without an e-mail: the folded full name within the same company, forgiving one
// typo in a word of five letters or more (the search's tolerance: « Mathieu Côté » = « Matheiu
// Cote »). Typos are looked for only among a company's people (a few), exact names everywhere.
import { foldText } from '../domain/text'

const MIN_TYPO_LENGTH = 5

/** « Marie-Ève O’Neil » → "marie eve o neil". */
export function personKey(firstName: string, lastName: string): string {
  return foldText(`${firstName} ${lastName}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** One substitution, insertion, deletion or swap of two neighbours turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.slice(i) === long.slice(i + 1)
}

/** Same words, or one word of five letters or more one typo away. */
export function samePersonKey(a: string, b: string): boolean {
  if (a === b) return true
  const wordsA = a.split(' ')
  const wordsB = b.split(' ')
  if (wordsA.length !== wordsB.length) return false
  const different = wordsA.flatMap((word, i) => (word === wordsB[i] ? [] : [[word, wordsB[i]]]))
  if (different.length !== 1) return false
  const [x, y] = different[0]
  return Math.min(x.length, y.length) >= MIN_TYPO_LENGTH && oneEditApart(x, y)
}

/** People by scope (a company's id or name key; '' = no company) and folded full name. */
export class PersonIndex<T> {
  private readonly exact = new Map<string, T>()
  private readonly byScope = new Map<string, { key: string; value: T }[]>()

  add(scope: string, key: string, value: T): void {
    if (!key) return
    if (!this.exact.has(`${scope}|${key}`)) this.exact.set(`${scope}|${key}`, value)
    if (!scope) return
    const list = this.byScope.get(scope) ?? []
    list.push({ key, value })
    this.byScope.set(scope, list)
  }

  find(scope: string, key: string): T | undefined {
    if (!key) return undefined
    const exact = this.exact.get(`${scope}|${key}`)
    if (exact !== undefined || !scope) return exact
    return this.byScope.get(scope)?.find((entry) => samePersonKey(entry.key, key))?.value
  }
}
