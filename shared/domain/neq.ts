// The rule « one NEQ, one live company », as one function: the repositories run it on every write
// (renderer/src/db/repositories/neq.ts) and a backup's records are checked with it before a restore.

export interface NeqHolder {
  id: string
  name: string
  neq: string
  deletedAt: string | null
}

export interface NeqClash {
  neq: string
  /** The company that already held the NEQ. */
  holder: string
  /** The company that was given it too (one of `takerIds` when there is one). */
  taker: string
}

/** The first NEQ two live companies hold, or null. */
export function findNeqClash(
  organizations: Iterable<NeqHolder>,
  takerIds: ReadonlySet<string> = new Set()
): NeqClash | null {
  const byNeq = new Map<string, NeqHolder>()
  const clashes: [NeqHolder, NeqHolder][] = []
  for (const o of organizations) {
    if (!o.neq || o.deletedAt !== null) continue
    const first = byNeq.get(o.neq)
    if (first) clashes.push([first, o])
    else byNeq.set(o.neq, o)
  }
  const [first, second] = clashes[0] ?? []
  if (!first || !second) return null
  const [holder, taker] = takerIds.has(first.id) ? [second, first] : [first, second]
  return { neq: first.neq, holder: holder.name, taker: taker.name }
}
