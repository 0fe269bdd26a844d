import type { Contact, ContactInput } from '@shared/schemas'

export interface ContactFormValues {
  organizationId: string | null
  firstName: string
  lastName: string
  role: string
  email: string
  phone: string
  language: string
  consentBasis: string
  consentDate: string | null
  consentSource: string
  tags: string[]
  notes: string
}

export function emptyContactForm(organizationId: string | null = null, language = 'fr'): ContactFormValues {
  return {
    organizationId,
    firstName: '',
    lastName: '',
    role: '',
    email: '',
    phone: '',
    language,
    consentBasis: 'not-recorded',
    consentDate: null,
    consentSource: '',
    tags: [],
    notes: ''
  }
}

export function contactToForm(c: Contact): ContactFormValues {
  return {
    organizationId: c.organizationId,
    firstName: c.firstName,
    lastName: c.lastName,
    role: c.role,
    email: c.email,
    phone: c.phone,
    language: c.language,
    consentBasis: c.consent.basis,
    consentDate: c.consent.date,
    consentSource: c.consent.source,
    tags: c.tags,
    notes: c.notes
  }
}

export function formToContactInput(v: ContactFormValues): ContactInput {
  return {
    organizationId: v.organizationId || null,
    firstName: v.firstName,
    lastName: v.lastName,
    role: v.role,
    email: v.email,
    phone: v.phone,
    language: v.language as ContactInput['language'],
    consent: {
      basis: v.consentBasis as 'not-recorded',
      date: v.consentDate || null,
      source: v.consentSource
    },
    tags: v.tags,
    notes: v.notes
  }
}
