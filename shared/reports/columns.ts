// Small helpers the builders share: column definitions and name lookups.
import { QUEBEC_REGIONS } from '../domain/regions'
import { compareText } from '../domain/text'
import type { Language } from '../schemas/common'
import type { Contact } from '../schemas/contact'
import type { Organization } from '../schemas/organization'
import type { ColumnType, ReportColumn } from './types'

/** A column whose header is `reports.columns.${key}`. */
export function column(key: string, type: ColumnType, width: number, enumKey?: string): ReportColumn {
  const base = { key, header: `reports.columns.${key}`, type, width }
  return enumKey ? { ...base, enum: enumKey } : base
}

export function isLive<T extends { deletedAt: string | null }>(record: T): boolean {
  return record.deletedAt === null
}

/** Region name without its code, in the report's language. */
export function regionLabel(code: string | null, language: Language): string {
  if (!code) return ''
  return QUEBEC_REGIONS.find((r) => r.code === code)?.[language] ?? code
}

export function personName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`.trim()
}

/** id → display name, for organizations and people (deleted ones too: history keeps their name). */
export interface Directory {
  organization(id: string | null | undefined): string
  person(id: string | null | undefined): string
  personOrganization(id: string | null | undefined): string
}

export function buildDirectory(organizations: Organization[], contacts: Contact[]): Directory {
  const orgs = new Map(organizations.map((o) => [o.id, o.name]))
  // Names are built once: a report asks for them 100,000 times
  const people = new Map(contacts.map((c) => [c.id, personName(c)]))
  const employers = new Map(contacts.map((c) => [c.id, c.organizationId]))
  const organization = (id: string | null | undefined) => (id ? (orgs.get(id) ?? '') : '')
  return {
    organization,
    person: (id) => (id ? (people.get(id) ?? '') : ''),
    personOrganization: (id) => organization(id ? employers.get(id) : null)
  }
}

/** Names joined for one cell, e.g. "Nordik Technologies; Fjordtech". */
export function joinNames(ids: readonly string[], name: (id: string) => string): string {
  if (ids.length === 1) return name(ids[0])
  let text = ''
  for (const id of ids) {
    const n = name(id)
    if (n) text = text ? `${text}; ${n}` : n
  }
  return text
}

/** Sorted by a string key, ascending; free when already sorted (records read through an index are). */
export function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  let sorted = true
  for (let i = 1; i < items.length && sorted; i++) sorted = key(items[i - 1]) <= key(items[i])
  return sorted ? items : items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

export function byText<T>(text: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareText(text(a), text(b))
}
