// Control characters never reach a record: stripped by the schemas (a company named with three NULs
// was invisible), tabs and line breaks kept only where a field is multi-line; .ics text drops them.
import { describe, expect, it } from 'vitest'
import { escapeText } from '@shared/calendar/ics'
import { contactInputSchema, organizationInputSchema } from '@shared/schemas'

describe('control characters in records', () => {
  it('refuses a company named only with NULs, and strips BEL, VT, ESC and DEL from names', () => {
    const nuls = organizationInputSchema.safeParse({ name: '\u0000\u0000\u0000' })
    expect(nuls.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'validation.required']
    ])
    const named = organizationInputSchema.parse({
      name: 'Nor\u0007dik\u001b[31m Tech\u007f\u0085',
      city: 'Al\u000bma'
    })
    expect(named.name).toBe('Nordik[31m Tech')
    expect(named.city).toBe('Alma')
  })

  it('turns tabs and line breaks into a space in single-line fields', () => {
    const contact = contactInputSchema.parse({
      firstName: 'Éloïse\tMarie',
      lastName: 'Côté\r\nGagné',
      role: 'PDG\n'
    })
    expect([contact.firstName, contact.lastName, contact.role]).toEqual(['Éloïse Marie', 'Côté Gagné', 'PDG'])
  })

  it('keeps tabs and line breaks in notes and in a risk flag’s reason, without the other controls', () => {
    const organization = organizationInputSchema.parse({
      name: 'Nordik',
      notes: 'Ligne 1\n\tLigne 2\u0000\r\nLigne 3\u001b',
      riskFlag: { level: 'yellow', reason: 'Retard\u0007\nde paiement', since: '2026-11-02' }
    })
    expect(organization.notes).toBe('Ligne 1\n\tLigne 2\r\nLigne 3')
    expect(organization.riskFlag.reason).toBe('Retard\nde paiement')
  })

  it('escapes .ics text per RFC 5545: no control character but the tab', () => {
    expect(escapeText('Rappel\u0000 à\u0007 Éloïse\u001b;\tdemain\r\nsans faute\u007f')).toBe(
      'Rappel à Éloïse\\;\tdemain\\nsans faute'
    )
  })
})
