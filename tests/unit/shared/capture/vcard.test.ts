import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseVCards } from '@shared/capture/vcard'
import { buildVCards } from '@shared/capture/vcardExport'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/capture', name)))

describe('reading vCards', () => {
  it('reads Outlook 2.1 cards: Windows-1252, QUOTED-PRINTABLE in two charsets, bare TYPE parameters', () => {
    expect(parseVCards(fixture('outlook-2.1.vcf'))).toEqual([
      {
        firstName: 'François',
        lastName: 'Bédard',
        organization: 'Acier Mauricie inc.',
        title: 'Vice-président, finances',
        emails: ['fbedard@acier-mauricie.ca', 'francois.bedard@gmail.com'],
        phones: ['(819) 555-0142', '(819) 555-0177'],
        address: '1250 boul. des Forges, Trois-Rivières, QC G8Z 1T7, Canada',
        note: 'Rencontré au dîner de la CCI\nIntéressé par le volet exportation, à rappeler'
      },
      {
        firstName: 'Gabrielle',
        lastName: 'Côté',
        organization: '',
        title: '',
        emails: ['gabrielle.cote@inno-quebec.ca'],
        phones: ['+14185550111'],
        address: '',
        note: ''
      }
    ])
  })

  it('reads Google and iPhone 3.0 cards', () => {
    expect(parseVCards(fixture('google-iphone-3.0.vcf'))).toEqual([
      {
        firstName: 'Karim',
        lastName: 'Benali',
        organization: 'Hydrogène Boréal',
        title: "Chef de l'ingénierie",
        emails: ['karim.benali@hydrogene-boreal.com'],
        phones: ['+1 418-555-0123'],
        address: '2400 boul. Laurier, Québec, QC G1V 2L1, CA',
        note: 'Rencontré au Salon Inno-Québec, intéressé par le PARI.'
      },
      {
        firstName: 'Marc-André',
        lastName: 'Lévesque',
        organization: 'Nordik Tech',
        title: '',
        emails: ['marc@nordik-tech.ca'],
        phones: ['(819) 555-0100'],
        address: '',
        note: ''
      }
    ])
  })

  it('reads a 4.0 card', () => {
    expect(parseVCards(fixture('nextcloud-4.0.vcf'))).toEqual([
      {
        firstName: 'Éloïse',
        lastName: 'Tremblay',
        organization: 'Nordik Tech',
        title: 'Directrice générale',
        // the preferred address first, though the card lists it second
        emails: ['eloise.tremblay@nordik-tech.ca', 'eloise.perso@gmail.com'],
        phones: ['+1-819-555-0199'],
        address: '200 rue Principale, Trois-Rivières, QC G9A 1A1, Canada',
        note: 'Préfère le français; café le matin.'
      }
    ])
  })

  it('refuses a card without a name, saying which', () => {
    expect(() => parseVCards(fixture('no-name.vcf'))).toThrow(
      expect.objectContaining({ key: 'capture.errors.vcardWithoutName', params: { position: 1 } })
    )
  })

  it('refuses a file with no card, and a 50 MB file', () => {
    expect(() => parseVCards(new TextEncoder().encode('Nom,Courriel\n'))).toThrow(
      expect.objectContaining({ key: 'capture.errors.notVCard' })
    )
    expect(() => parseVCards(new Uint8Array(50 * 1024 * 1024))).toThrow(
      expect.objectContaining({ key: 'capture.errors.tooLarge' })
    )
  })
})

describe('writing vCards', () => {
  const source = {
    id: 'c-1',
    firstName: 'Éloïse',
    lastName: 'Tremblay; Roy',
    organization: 'Nordik Tech, inc.',
    role: 'Directrice générale',
    email: 'eloise@nordik-tech.ca',
    phone: '819 555-0199',
    notes: 'Ligne 1\nDeuxième ligne avec des accents éèàùçôî et encore des accents éèàùçôî ici',
    updatedAt: '2026-03-05T14:30:00.000Z'
  }

  it('writes vCard 4.0 in UTF-8 with RFC 6350 escaping and 75-octet lines', () => {
    const text = buildVCards([source])
    const lines = text.split('\r\n')
    expect(lines.slice(0, 8)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:urn:uuid:c-1',
      'FN:Éloïse Tremblay; Roy',
      'N:Tremblay\\; Roy;Éloïse;;;',
      'ORG:Nordik Tech\\, inc.',
      'TITLE:Directrice générale',
      'EMAIL;TYPE=work:eloise@nordik-tech.ca'
    ])
    expect(text.endsWith('REV:20260305T143000Z\r\nEND:VCARD\r\n')).toBe(true)
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true)
    expect(text.replace(/\r\n /g, '')).toContain(
      'NOTE:Ligne 1\\nDeuxième ligne avec des accents éèàùçôî et encore des accents éèàùçôî ici'
    )
  })

  it('writes several contacts one card after the other, in one UTF-8 text', () => {
    const francois = {
      id: 'c-2',
      firstName: 'François',
      lastName: 'Bédard',
      organization: '',
      role: '',
      email: 'fbedard@acier-mauricie.ca',
      phone: '',
      notes: 'Rappeler en août',
      updatedAt: '2026-11-02T09:05:07.123Z'
    }
    const eloise = { ...source, lastName: 'Tremblay', organization: 'Nordik Tech', notes: '' }
    expect(buildVCards([eloise, francois])).toBe(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'UID:urn:uuid:c-1\r\n' +
        'FN:Éloïse Tremblay\r\n' +
        'N:Tremblay;Éloïse;;;\r\n' +
        'ORG:Nordik Tech\r\n' +
        'TITLE:Directrice générale\r\n' +
        'EMAIL;TYPE=work:eloise@nordik-tech.ca\r\n' +
        'TEL;TYPE=work;VALUE=TEXT:819 555-0199\r\n' + // RFC 6350: TEL is a URI unless said
        'REV:20260305T143000Z\r\n' +
        'END:VCARD\r\n' +
        'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'UID:urn:uuid:c-2\r\n' +
        'FN:François Bédard\r\n' +
        'N:Bédard;François;;;\r\n' +
        'EMAIL;TYPE=work:fbedard@acier-mauricie.ca\r\n' +
        'NOTE:Rappeler en août\r\n' +
        'REV:20261102T090507Z\r\n' +
        'END:VCARD\r\n'
    )
  })

  it('reads back what it writes', () => {
    const [card] = parseVCards(new TextEncoder().encode(buildVCards([source])))
    expect(card).toEqual({
      firstName: 'Éloïse',
      lastName: 'Tremblay; Roy',
      organization: 'Nordik Tech, inc.',
      title: 'Directrice générale',
      emails: ['eloise@nordik-tech.ca'],
      phones: ['819 555-0199'],
      address: '',
      note: source.notes
    })
  })
})
