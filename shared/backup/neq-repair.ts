// « One NEQ, one live company » holds on restore as on every other write: where an older version's
// merge gave two live companies one NEQ, the company created first keeps it, and each other one
// loses it to a line at the end of its notes, so nothing the officer typed is lost.
import type { NeqClash } from '../domain/neq'
import type { Language } from '../schemas/common'

type AnyRecord = Record<string, unknown>

/** The line added to the notes of a company that gave up its NEQ (data, in the restoring person's language). */
const REMOVED_NOTE: Record<Language, (neq: string, holder: string) => string> = {
  fr: (neq, holder) => `NEQ ${neq} retiré à la restauration\u00a0: déjà celui de «\u00a0${holder}\u00a0»`,
  en: (neq, holder) => `NEQ ${neq} removed on restore: already held by “${holder}”`
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** Created first: the earlier createdAt, then the earlier in the file. */
function createdFirst(records: AnyRecord[]): AnyRecord {
  return records.reduce((first, record) => (text(record.createdAt) < text(first.createdAt) ? record : first))
}

/**
 * Gives each NEQ back to one live company, in place: the one created first keeps it, every other
 * live one has it removed and noted. Companies in the Trash keep theirs, as the app allows.
 * Returns each removal: the NEQ, the company that kept it and the one that gave it up.
 */
export function repairSharedNeqs(organizations: AnyRecord[], language: Language): NeqClash[] {
  const byNeq = new Map<string, number[]>()
  organizations.forEach((o, index) => {
    const neq = text(o.neq)
    if (neq === '' || o.deletedAt !== null) return
    byNeq.set(neq, [...(byNeq.get(neq) ?? []), index])
  })
  const repairs: NeqClash[] = []
  for (const [neq, indexes] of byNeq) {
    if (indexes.length < 2) continue
    const holder = createdFirst(indexes.map((i) => organizations[i]))
    for (const index of indexes) {
      const taker = organizations[index]
      if (taker === holder) continue
      const notes = text(taker.notes).trim() === '' ? '' : `${text(taker.notes)}\n`
      const line = REMOVED_NOTE[language](neq, text(holder.name))
      organizations[index] = { ...taker, neq: '', notes: `${notes}${line}` }
      repairs.push({ neq, holder: text(holder.name), taker: text(taker.name) })
    }
  }
  return repairs
}
