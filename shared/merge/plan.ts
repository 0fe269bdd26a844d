// The merge plan: which record's value each field keeps (the fuller one preselected, the officer
// may switch), tags united, the other record's notes appended under a dated line, and for people
// the consent rule. Pure: the repository writes what these functions return.
import type { Contact } from '../schemas/contact'
import type { ConsentBasis } from '../schemas/contact'
import type { Organization } from '../schemas/organization'

export type Side = 'kept' | 'other'

export const ORGANIZATION_MERGE_FIELDS = [
  'name',
  'kind',
  'neq',
  'industryCode',
  'industryLabel',
  'region',
  'mrc',
  'city',
  'website',
  'employees',
  'stage',
  'tier',
  'riskFlag'
] as const satisfies readonly (keyof Organization)[]

export const CONTACT_MERGE_FIELDS = [
  'organizationId',
  'firstName',
  'lastName',
  'role',
  'email',
  'phone',
  'language'
] as const satisfies readonly (keyof Contact)[]

export type OrganizationMergeField = (typeof ORGANIZATION_MERGE_FIELDS)[number]
export type ContactMergeField = (typeof CONTACT_MERGE_FIELDS)[number]
export type Choices<F extends string> = Record<F, Side>

/** How much a value says: empty and null say nothing, longer text says more. */
export function fullness(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0
  if (typeof value === 'string') return value.trim().length
  if (typeof value === 'object' && 'level' in value) {
    const flag = value as { level: string; reason: string }
    return flag.level === 'none' ? 0 : 1 + flag.reason.length
  }
  return 1
}

/** Each field on the side whose value is fuller; a tie keeps the kept record's value. */
export function preselect<R, F extends keyof R & string>(
  kept: R,
  other: R,
  fields: readonly F[]
): Choices<F> {
  const choices = {} as Choices<F>
  for (const f of fields) choices[f] = fullness(other[f]) > fullness(kept[f]) ? 'other' : 'kept'
  return choices
}

function pick<R, F extends keyof R & string>(kept: R, other: R, fields: readonly F[], choices: Choices<F>) {
  const picked = {} as Pick<R, F>
  for (const f of fields) picked[f] = choices[f] === 'other' ? other[f] : kept[f]
  return picked
}

export const uniteTags = (a: string[], b: string[]) => [...new Set([...a, ...b])]

/**
 * The kept notes, then a line "— 2026-12-03 · {heading} —" and the other record's notes and the
 * values no field kept (a second e-mail or phone). Nothing to add leaves the notes as they were.
 */
export function appendNotes(
  kept: string,
  other: string,
  extra: string[],
  date: string,
  heading: string
): string {
  const added = [other.trim(), ...extra].filter(Boolean)
  if (added.length === 0) return kept
  const block = `— ${date} · ${heading} —\n${added.join('\n')}`
  return kept.trim() ? `${kept.trimEnd()}\n\n${block}` : block
}

/** From the strictest (the officer holds a yes) to the least. */
const STRICTNESS: ConsentBasis[] = ['express', 'implied', 'public-professional', 'not-recorded']

export interface ConsentLike {
  basis: ConsentBasis
  date: string | null
  source: string
  /** A withdrawal, when the record has one: it always wins. */
  withdrawnAt?: string | null
}

const earliest = (a: string | null | undefined, b: string | null | undefined) =>
  !a ? (b ?? null) : !b ? a : a < b ? a : b

/** The stricter basis (and its source), the earliest date; a withdrawal on either side is kept. */
export function mergeConsent<C extends ConsentLike>(kept: C, other: C): C {
  const stricter = STRICTNESS.indexOf(other.basis) < STRICTNESS.indexOf(kept.basis) ? other : kept
  const merged = { ...stricter, date: earliest(kept.date, other.date) }
  const withdrawnAt = earliest(kept.withdrawnAt, other.withdrawnAt)
  return withdrawnAt ? { ...merged, withdrawnAt } : merged
}

export interface MergeNote {
  /** Today, YYYY-MM-DD. */
  date: string
  /** The translated line heading the appended notes, e.g. « Fusionné depuis Nordik Tech ». */
  heading: string
}

export function mergeOrganizationFields(
  kept: Organization,
  other: Organization,
  choices: Choices<OrganizationMergeField>,
  note: MergeNote
): Organization {
  return {
    ...kept,
    ...pick(kept, other, ORGANIZATION_MERGE_FIELDS, choices),
    tags: uniteTags(kept.tags, other.tags),
    notes: appendNotes(kept.notes, other.notes, [], note.date, note.heading),
    lastInteractionAt: latest(kept.lastInteractionAt, other.lastInteractionAt)
  }
}

export function mergeContactFields(
  kept: Contact,
  other: Contact,
  choices: Choices<ContactMergeField>,
  note: MergeNote
): Contact {
  const picked = pick(kept, other, CONTACT_MERGE_FIELDS, choices)
  const leftOver = (f: 'email' | 'phone') =>
    [kept[f], other[f]].filter((v) => v && v.toLowerCase() !== picked[f].toLowerCase())
  const extra = [...new Set([...leftOver('email'), ...leftOver('phone')])]
  return {
    ...kept,
    ...picked,
    consent: mergeConsent(kept.consent, other.consent),
    tags: uniteTags(kept.tags, other.tags),
    notes: appendNotes(kept.notes, other.notes, extra, note.date, note.heading),
    lastInteractionAt: latest(kept.lastInteractionAt, other.lastInteractionAt)
  }
}

function latest(a: string | null, b: string | null): string | null {
  return !a ? b : !b ? a : a > b ? a : b
}
