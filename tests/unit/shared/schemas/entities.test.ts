import { describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/errors'
import {
  contactInputSchema,
  opportunityInputSchema,
  organizationInputSchema,
  parseOrThrow
} from '@shared/schemas'

function issueKeys(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.path}:${i.key}`)
    throw error
  }
  return []
}

describe('entity schemas refuse invalid records with i18n keys', () => {
  it('an invalid email', () => {
    expect(
      issueKeys(() => parseOrThrow(contactInputSchema, { firstName: 'Éloïse', email: 'eloise@' }))
    ).toEqual(['email:validation.email'])
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'http://javascript:alert(1)',
    'https://javascript:alert(1)/',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://nordik.ca',
    'mailto:info@nordik.ca',
    'vbscript:msgbox(1)',
    '//nordik.ca',
    'nordik',
    'http://localhost:3000',
    'http://intranet/',
    'https://nordik',
    'https://user:secret@nordik.ca',
    'https://nordik.ca@evil.example',
    'http://nordik..ca',
    'http://-nordik.ca',
    'https://nordik.ca/a b'
  ])('a website that is not a web page’s address: %s', (website) => {
    expect(issueKeys(() => parseOrThrow(organizationInputSchema, { name: 'Nordik', website }))).toEqual([
      'website:validation.url'
    ])
  })

  it.each([
    ['https://nordik.ca', 'https://nordik.ca'],
    ['  HTTP://www.Nordik.ca/fr/?q=1#contact ', 'HTTP://www.Nordik.ca/fr/?q=1#contact'],
    ['https://électrolyse-péribonka.ca', 'https://électrolyse-péribonka.ca'],
    ['https://xn--caf-dma.quebec:8443/', 'https://xn--caf-dma.quebec:8443/'],
    ['http://192.0.2.10/', 'http://192.0.2.10/'],
    // typed without its scheme, as the import already read it
    ['nordik.ca', 'https://nordik.ca'],
    [' www.Nordik.ca/fr ', 'https://www.Nordik.ca/fr'],
    ['', '']
  ])('a website that is one: %s', (website, stored) => {
    expect(parseOrThrow(organizationInputSchema, { name: 'Nordik', website }).website).toBe(stored)
  })

  it.each([
    ['Éloïse Côté <eloise@nordik.ca>', 'eloise@nordik.ca'],
    ['"Côté, Éloïse" <eloise@nordik.ca>', 'eloise@nordik.ca'],
    ['mailto:eloise@nordik.ca', 'eloise@nordik.ca'],
    [' eloise@nordik.ca ', 'eloise@nordik.ca']
  ])('an e-mail address as a mail client copies it: %s', (email, stored) => {
    expect(parseOrThrow(contactInputSchema, { firstName: 'Éloïse', email }).email).toBe(stored)
  })

  it.each(['Éloïse Côté', 'Éloïse <eloise@>', 'eloise@nordik.ca, marc@nordik.ca'])(
    'an e-mail address that is not one: %s',
    (email) => {
      expect(issueKeys(() => parseOrThrow(contactInputSchema, { firstName: 'Éloïse', email }))).toEqual([
        'email:validation.email'
      ])
    }
  )

  it.each([
    '418 555-1234 poste 22',
    '(418) 555-1234, ext. 204',
    '418 555 1234 p. 22',
    '+1 418-555-1234 x204'
  ])('a phone number with its extension, as typed: %s', (phone) => {
    expect(parseOrThrow(contactInputSchema, { firstName: 'Éloïse', phone }).phone).toBe(phone)
  })

  it.each(['418 555-1234 demandez Julie', 'poste 22', 'inconnu'])(
    'a phone number with words: %s',
    (phone) => {
      expect(issueKeys(() => parseOrThrow(contactInputSchema, { firstName: 'Éloïse', phone }))).toEqual([
        'phone:validation.phone'
      ])
    }
  )

  it('a 9-digit NEQ, while 10 digits (spaces allowed) pass', () => {
    expect(
      issueKeys(() => parseOrThrow(organizationInputSchema, { name: 'Nordik', neq: '114567890' }))
    ).toEqual(['neq:validation.neq'])
    expect(parseOrThrow(organizationInputSchema, { name: 'Nordik', neq: '1145 678 901' }).neq).toBe(
      '1145678901'
    )
  })

  it('a negative amount', () => {
    const keys = issueKeys(() =>
      parseOrThrow(opportunityInputSchema, {
        organizationId: 'o1',
        title: 'Prêt',
        stageId: 'lead',
        probability: 10,
        requestedCents: -100
      })
    )
    expect(keys).toEqual(['requestedCents:validation.amountNegative'])
  })

  it('a missing name and an unknown region', () => {
    expect(issueKeys(() => parseOrThrow(organizationInputSchema, { name: '  ', region: '99' }))).toEqual([
      'name:validation.required',
      'region:validation.region'
    ])
  })

  it('accepts names with accents and emoji, and fills defaults', () => {
    const org = parseOrThrow(organizationInputSchema, { name: 'Café Numérique 🚀' })
    expect(org).toMatchObject({
      name: 'Café Numérique 🚀',
      kind: 'company',
      tags: [],
      riskFlag: { level: 'none' }
    })
  })
})
