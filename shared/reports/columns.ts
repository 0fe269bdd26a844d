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
  const people = new Map(contacts.map((c) => [c.id, c]))
  const organization = (id: string | null | undefined) => (id ? (orgs.get(id) ?? '') : '')
  return {
    organization,
    person: (id) => {
      const person = id ? people.get(id) : undefined
      return person ? personName(person) : ''
    },
    personOrganization: (id) => organization(id ? people.get(id)?.organizationId : null)
  }
}

/** Names joined for one cell, e.g. "Nordik Technologies; Fjordtech". */
export function joinNames(names: string[]): string {
  return names.filter(Boolean).join('; ')
}

export function byText<T>(text: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareText(text(a), text(b))
}
