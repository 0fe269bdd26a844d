// An in-memory inverted index built for typing: every query word is a prefix ("elo" finds
// "Éloïse"), words of five letters or more also forgive one typo ("hydorgene"), and words of one or
// two letters only look at names and titles (otherwise "e" would match every note's "et").
// Records are replaced whole (a new document number, the old one left as a tombstone) so an edit
// never has to find its old words; tombstones are swept once they pile up.
import { isOneEditPrefix } from './fuzzy'
import { distinctWords, foldedWords } from './tokenize'
import { Vocabulary } from './vocabulary'

export interface IndexedText {
  /** Names and titles: weigh more, and the only text short words look at. */
  primary: string
  /** Everything else worth finding: notes, city, role, e-mail, tags… */
  secondary: string
}

/** How to mark what matched: words starting with a prefix, or equal to a term (typo matches). */
export interface HighlightRule {
  prefixes: string[]
  terms: string[]
}

export interface SearchGroup<P> {
  hits: P[]
  /** Every match in the group, shown or not. */
  total: number
}

export interface SearchResult<P> {
  groups: SearchGroup<P>[]
  /** For names and titles. */
  primary: HighlightRule
  /** For the rest (short words did not search it). */
  secondary: HighlightRule
}

export const FUZZY_MIN_LENGTH = 5
export const SECONDARY_MIN_LENGTH = 3
const MAX_QUERY_WORDS = 8
const MAX_HIGHLIGHT_TERMS = 64
const MATCH = { exact: 3, prefix: 2, typo: 1 } as const

export class SearchIndex<P> {
  private readonly vocabulary = new Vocabulary()
  private readonly primaryPostings: number[][] = []
  private readonly secondaryPostings: number[][] = []
  private payloads: (P | undefined)[] = []
  private groupOf: number[] = []
  private recencyOf: number[] = []
  private readonly docByKey = new Map<string, number>()
  private dead = 0

  constructor(private readonly groupCount: number) {}

  get size(): number {
    return this.docByKey.size
  }

  get termCount(): number {
    return this.vocabulary.size
  }

  /** Add a document, replacing the one with the same key. */
  add(key: string, group: number, text: IndexedText, recency: number, payload: P): void {
    this.remove(key)
    const doc = this.payloads.length
    this.payloads.push(payload)
    this.groupOf.push(group)
    this.recencyOf.push(recency)
    this.docByKey.set(key, doc)
    const primary = distinctWords(text.primary)
    for (const word of primary) this.post(this.primaryPostings, word, doc)
    for (const word of foldedWords(text.secondary)) {
      if (!primary.has(word)) {
        primary.add(word)
        this.post(this.secondaryPostings, word, doc)
      }
    }
  }

  remove(key: string): void {
    const doc = this.docByKey.get(key)
    if (doc === undefined) return
    this.docByKey.delete(key)
    this.payloads[doc] = undefined
    this.dead++
    if (this.dead > 1000 && this.dead > this.docByKey.size / 4) this.sweep()
  }

  /** Remove every document whose key starts with `prefix` (a whole table being reloaded). */
  removeByPrefix(prefix: string): void {
    for (const key of [...this.docByKey.keys()]) if (key.startsWith(prefix)) this.remove(key)
  }

  payloadOf(key: string): P | undefined {
    const doc = this.docByKey.get(key)
    return doc === undefined ? undefined : this.payloads[doc]
  }

  private post(postings: number[][], word: string, doc: number): void {
    const id = this.vocabulary.intern(word)
    while (this.primaryPostings.length <= id) {
      this.primaryPostings.push([])
      this.secondaryPostings.push([])
    }
    postings[id].push(doc)
  }

  /** Drop tombstones from the postings (document numbers stay, so nothing else moves). */
  private sweep(): void {
    const alive = (doc: number) => this.payloads[doc] !== undefined
    for (const postings of [this.primaryPostings, this.secondaryPostings]) {
      for (let id = 0; id < postings.length; id++) postings[id] = postings[id].filter(alive)
    }
    this.dead = 0
  }

  /** `namesOnly`: look at names and titles only (a name picker, not the palette). */
  search(query: string, limitPerGroup: number, namesOnly = false): SearchResult<P> {
    const words = [...new Set(foldedWords(query))].slice(0, MAX_QUERY_WORDS)
    const docCount = this.payloads.length
    const total = new Float32Array(docCount)
    const matchedWords = new Uint8Array(docCount)
    const typoTerms: string[] = []
    let candidates: number[] | null = null
    for (const [index, word] of words.entries()) {
      const best = this.scoreWord(word, typoTerms, namesOnly)
      const next: number[] = []
      const visit = (doc: number) => {
        if (matchedWords[doc] !== index) return
        matchedWords[doc] = index + 1
        total[doc] += best.score[doc]
        next.push(doc)
      }
      if (candidates === null) best.touched.forEach(visit)
      else candidates.forEach((doc) => best.score[doc] > 0 && visit(doc))
      candidates = next
    }
    const groups = this.rank(candidates ?? [], total, limitPerGroup)
    const terms = typoTerms.slice(0, MAX_HIGHLIGHT_TERMS)
    return {
      groups,
      primary: { prefixes: words, terms },
      secondary: { prefixes: words.filter((w) => w.length >= SECONDARY_MIN_LENGTH), terms }
    }
  }

  /** Each document's best match for one query word: match kind × field weight. */
  private scoreWord(
    word: string,
    typoTerms: string[],
    namesOnly: boolean
  ): { score: Uint8Array; touched: number[] } {
    const score = new Uint8Array(this.payloads.length)
    const touched: number[] = []
    const withSecondary = !namesOnly && word.length >= SECONDARY_MIN_LENGTH
    const apply = (id: number, match: number) => {
      for (const doc of this.primaryPostings[id]) mark(doc, match * 2)
      if (withSecondary) for (const doc of this.secondaryPostings[id]) mark(doc, match)
    }
    const mark = (doc: number, value: number) => {
      if (score[doc] === 0) touched.push(doc)
      if (value > score[doc]) score[doc] = value
    }
    this.vocabulary.forEachWithPrefix(word, (id, term) =>
      apply(id, term === word ? MATCH.exact : MATCH.prefix)
    )
    if (word.length >= FUZZY_MIN_LENGTH) {
      const terms = this.vocabulary.terms
      for (let id = 0; id < terms.length; id++) {
        if (isOneEditPrefix(word, terms[id])) {
          typoTerms.push(terms[id])
          apply(id, MATCH.typo)
        }
      }
    }
    return { score, touched }
  }

  /** Best documents per group: score first, then the most recent. */
  private rank(docs: number[], total: Float32Array, limit: number): SearchGroup<P>[] {
    const top: number[][] = Array.from({ length: this.groupCount }, () => [])
    const counts = new Array<number>(this.groupCount).fill(0)
    const before = (a: number, b: number) =>
      total[a] !== total[b] ? total[a] > total[b] : this.recencyOf[a] > this.recencyOf[b]
    for (const doc of docs) {
      if (this.payloads[doc] === undefined) continue
      const group = this.groupOf[doc]
      counts[group]++
      const list = top[group]
      if (list.length === limit && !before(doc, list[limit - 1])) continue
      let at = list.length
      while (at > 0 && before(doc, list[at - 1])) at--
      list.splice(at, 0, doc)
      if (list.length > limit) list.pop()
    }
    return top.map((list, group) => ({
      hits: list.map((doc) => this.payloads[doc] as P),
      total: counts[group]
    }))
  }
}
