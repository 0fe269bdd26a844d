// The index's words: each distinct folded word gets a number, and a sorted list finds every word
// that starts with what is being typed by binary search.

export class Vocabulary {
  private readonly ids = new Map<string, number>()
  readonly terms: string[] = []
  private sorted: number[] = []
  private sortedUpTo = 0

  get size(): number {
    return this.terms.length
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term)
  }

  /** The term's number, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.terms.push(term)
      this.ids.set(term, id)
    }
    return id
  }

  /** Terms added since the last lookup join the sorted list: one sort after a bulk load, a few inserts after. */
  private sync(): void {
    if (this.sortedUpTo === this.terms.length) return
    const added = this.terms.length - this.sortedUpTo
    if (added > 64) {
      this.sorted = this.terms.map((_, id) => id).sort((a, b) => compare(this.terms[a], this.terms[b]))
    } else {
      for (let id = this.sortedUpTo; id < this.terms.length; id++) {
        this.sorted.splice(this.lowerBound(this.terms[id]), 0, id)
      }
    }
    this.sortedUpTo = this.terms.length
  }

  private lowerBound(prefix: string): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compare(this.terms[this.sorted[mid]], prefix) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Calls back with every term starting with `prefix` (the term itself included). */
  forEachWithPrefix(prefix: string, visit: (id: number, term: string) => void): void {
    this.sync()
    for (let i = this.lowerBound(prefix); i < this.sorted.length; i++) {
      const id = this.sorted[i]
      const term = this.terms[id]
      if (!term.startsWith(prefix)) break
      visit(id, term)
    }
  }
}

/** Code-unit order: the same order startsWith sees, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
