// One NEQ, one live company: the check every write path runs (create, edit, restore from the
// Trash, import's creations and « Compléter » merges, a backup restore), inside its own transaction
// and after its writes, so that a clash aborts the whole transaction and nothing is kept.
import { findNeqClash } from '@shared/domain/neq'
import { ValidationError } from '@shared/errors'
import type { Organization } from '@shared/schemas'
import { db } from '../schema'

/** Thrown when a NEQ would belong to two live companies; says which NEQ and whose it is. */
export class NeqTakenError extends ValidationError {
  constructor(
    readonly neq: string,
    /** The company that already held the NEQ (or the first of the two). */
    readonly holder: string,
    /** The company the write gave it to. */
    readonly taker: string
  ) {
    super([{ path: 'neq', key: 'validation.neqTaken' }])
  }
}

/** Past this many NEQs, one read of the table beats one index read per NEQ. */
const FEW = 50

/**
 * Throws NeqTakenError when one of these NEQs (all of them when none are given) is held by two live
 * companies. Call it inside the write's transaction, after the write: `written` names the records
 * just written, so the error can say which one took a NEQ already held.
 */
export async function assertNeqsUnique(written: readonly Organization[] | null): Promise<void> {
  const table = db().organizations
  const neqs = written ? [...new Set(written.map((o) => o.neq).filter(Boolean))] : null
  if (neqs?.length === 0) return
  const rows =
    neqs && neqs.length <= FEW
      ? (await Promise.all(neqs.map((neq) => table.where('neq').equals(neq).toArray()))).flat()
      : await table.toArray()
  const wanted = neqs ? new Set(neqs) : null
  const clash = findNeqClash(
    rows.filter((o) => !wanted || wanted.has(o.neq)),
    new Set(written?.map((o) => o.id))
  )
  if (clash) throw new NeqTakenError(clash.neq, clash.holder, clash.taker)
}
