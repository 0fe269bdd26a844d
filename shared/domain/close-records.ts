// Whether a person or company about to be created is probably one already stored: the same e-mail,
// the same NEQ, or a folded name equal or one typo away (one word of five letters or more one
// substitution, insertion, deletion or swap apart: the search's tolerance). Asked before saving,
// so « stephane bergron » is offered Stéphane Bergeron instead of becoming his twin.
import { personKey, samePersonKey } from '../import/person-match'
import { foldText, organizationNameKey } from './text'

export interface PersonFields {
  firstName: string
  lastName: string
  email: string
}

export interface OrganizationFields {
  name: string
  neq: string
}

export type CloseReason = 'email' | 'neq' | 'name'

/** Folded names equal, or one word of five letters or more one typo apart. */
export function closeNames(a: string, b: string): boolean {
  const [x, y] = [wordsKey(a), wordsKey(b)]
  return x !== '' && y !== '' && samePersonKey(x, y)
}

/** « Marie-Ève O’Neil » → "marie eve o neil" (so punctuation is no difference). */
function wordsKey(name: string): string {
  return personKey(name, '')
}

/** The same e-mail, whatever its case and surrounding spaces; two empty e-mails are not the same. */
export function sameEmail(a: string, b: string): boolean {
  const x = foldText(a)
  return x !== '' && x === foldText(b)
}

/** The same NEQ once spaces are dropped (« 1234 567 890 » = « 1234567890 »); empty is never the same. */
export function sameNeq(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '')
  return x !== '' && x === b.replace(/\s+/g, '')
}

/** Why `existing` is probably the person being created, or null. */
export function closePerson(candidate: PersonFields, existing: PersonFields): CloseReason | null {
  if (sameEmail(candidate.email, existing.email)) return 'email'
  const name = `${candidate.firstName} ${candidate.lastName}`
  return closeNames(name, `${existing.firstName} ${existing.lastName}`) ? 'name' : null
}

/** Why `existing` is probably the company being created, or null (legal suffixes ignored). */
export function closeOrganization(
  candidate: OrganizationFields,
  existing: OrganizationFields
): CloseReason | null {
  if (sameNeq(candidate.neq, existing.neq)) return 'neq'
  const [a, b] = [organizationNameKey(candidate.name), organizationNameKey(existing.name)]
  return closeNames(a, b) ? 'name' : null
}

/** The first record close to the candidate, an e-mail or NEQ match before a name match. */
export function findClose<C, T>(
  candidate: C,
  records: readonly T[],
  close: (candidate: C, existing: T) => CloseReason | null
): T | null {
  let byName: T | null = null
  for (const record of records) {
    const reason = close(candidate, record)
    if (reason && reason !== 'name') return record
    if (reason && !byName) byName = record
  }
  return byName
}
