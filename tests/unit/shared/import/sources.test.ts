// One test per tool, each from a file written in that tool's real column order
// (tests/fixtures/import/): the tool is recognised and every column lands in the right field.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvCells } from '@shared/import/csv'
import { decodeText } from '@shared/import/decode'
import { mapHeaders } from '@shared/import/fields'
import { detectHeaderRow } from '@shared/import/header-row'
import { readRows } from '@shared/import/rows'

function importFixture(file: string) {
  const decoded = decodeText(readFileSync(join(__dirname, '../../../fixtures/import', file)))
  const { rows: cells } = parseCsvCells(decoded.text)
  const headerRow = detectHeaderRow(cells)
  const { mapping, source } = mapHeaders(cells[headerRow])
  const mapped = Object.fromEntries(
    mapping.flatMap((field, i) => (field ? [[cells[headerRow][i], field]] : []))
  )
  return { encoding: decoded.encoding, headerRow, source, mapped, ...readRows(cells, mapping, headerRow) }
}

describe('exports of other tools map themselves', () => {
  it('Outlook in French, Windows-1252: « Titre » is Mme/M., « Fonction » the job, notes to the person', () => {
    const result = importFixture('outlook-fr.csv')
    expect(result).toMatchObject({ encoding: 'windows-1252', source: 'outlook-fr', issues: [] })
    expect(result.mapped).toEqual({
      Prénom: 'contact.firstName',
      Nom: 'contact.lastName',
      Société: 'organization.name',
      Fonction: 'contact.role',
      'Ville (bureau)': 'organization.city',
      'Téléphone (bureau)': 'contact.phone',
      'Adresse de messagerie': 'contact.email',
      Langue: 'contact.language',
      Notes: 'contact.notes',
      'Page Web': 'organization.website'
    })
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Éloïse',
      lastName: 'Côté-Gagné',
      role: 'Directrice de l’innovation',
      email: 'eloise.cote@electronord.ca',
      phone: '418 555-0134',
      notes: 'Rencontrée au salon Œuvre numérique ; rappeler en mars'
    })
    expect(result.rows[0].organization).toMatchObject({
      name: 'Électro-Nord ltée',
      city: 'Chicoutimi',
      website: 'https://www.electronord.ca',
      notes: ''
    })
    expect(result.rows[1].organization?.name).toBe('Cœur de pomme inc.')
  })

  it('Outlook in English: "Title" is Ms., "Job Title" the job, "E-mail Address" the e-mail', () => {
    const result = importFixture('outlook-en.csv')
    expect(result).toMatchObject({ source: 'outlook-en', issues: [] })
    expect(result.mapped.Title).toBeUndefined()
    expect(result.mapped['E-mail Display Name']).toBeUndefined()
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Sarah',
      lastName: "O'Neill",
      role: 'VP Engineering',
      email: 'sarah.oneill@fjordtech.ca',
      notes: 'Met at the Startupfest booth'
    })
    expect(result.rows[0].organization).toMatchObject({ name: 'Fjordtech Inc.', city: 'Sherbrooke' })
  })

  it('Google Contacts, current format', () => {
    const result = importFixture('google.csv')
    expect(result).toMatchObject({ source: 'google', issues: [] })
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Mathieu',
      lastName: 'Côté',
      role: 'Fondateur',
      email: 'mathieu@borealrobotique.ca',
      phone: '+1 418-555-0111',
      notes: 'Intéressé par le programme d’accélération'
    })
    expect(result.rows[0].organization).toMatchObject({
      name: 'Boréal Robotique',
      city: 'Lévis',
      website: 'https://borealrobotique.ca'
    })
  })

  it('Google Contacts, legacy format: "Name" is the full name, split once, never doubled', () => {
    const result = importFixture('google-legacy.csv')
    expect(result).toMatchObject({ source: 'google-legacy', issues: [] })
    expect(result.mapped.Name).toBe('contact.fullName')
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Marie-Ève',
      lastName: 'Tremblay',
      role: 'Chargée de projets',
      notes: 'Présentée par la CDEC'
    })
    expect(result.rows[0].organization?.name).toBe('Nordik Technologies')
    // Only "Name" filled: split into first and last name
    expect(result.rows[1].contact).toMatchObject({ firstName: 'Jean-Philippe', lastName: 'Roy' })
    expect(result.rows[1].organization).toBeNull()
  })

  it('HubSpot: "Website URL" is the website, "State/Region" (a province) is left alone', () => {
    const result = importFixture('hubspot-contacts.csv')
    expect(result).toMatchObject({ source: 'hubspot', issues: [] })
    expect(result.mapped['State/Region']).toBeUndefined()
    expect(result.rows[0].organization).toMatchObject({
      name: 'Lumen IA',
      website: 'https://lumenai.ca',
      city: 'Montréal',
      region: null
    })
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Amélie',
      email: 'amelie@lumenai.ca',
      role: 'CEO'
    })
  })

  it('HubSpot contacts export: the company under "Associated Company"', () => {
    const result = importFixture('hubspot-contacts-associated.csv')
    expect(result).toMatchObject({ source: 'hubspot', issues: [] })
    expect(result.rows[0].organization?.name).toBe('Boréal Robotique')
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Félix',
      lastName: 'Gauthier',
      email: 'felix@boreal-robotique.ca',
      phone: '418 555-0190'
    })
  })

  it('Pipedrive people: "Person - Name", "Person - Organization", "Person - Email - Work"', () => {
    const result = importFixture('pipedrive-people.csv')
    expect(result).toMatchObject({ source: 'pipedrive', issues: [] })
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Luc',
      lastName: 'Bergeron',
      email: 'luc@aquaterra.ca',
      phone: '418 555-0177',
      role: 'Directeur des ventes'
    })
    expect(result.rows[0].organization?.name).toBe('Aquaterra Solutions')
  })

  it('Pipedrive organizations: "Organization - Name", its city, site and headcount', () => {
    const result = importFixture('pipedrive-organizations.csv')
    expect(result).toMatchObject({ source: 'pipedrive', issues: [] })
    expect(result.rows[0]).toMatchObject({
      contact: null,
      organization: {
        name: 'Aquaterra Solutions',
        city: 'Québec',
        website: 'https://aquaterra.ca',
        employees: 45
      }
    })
  })

  it('LinkedIn Connections.csv: the notes above the header are skipped, "URL" is not a website', () => {
    const result = importFixture('linkedin-connections.csv')
    expect(result).toMatchObject({ source: 'linkedin', headerRow: 3, issues: [] })
    expect(result.mapped.URL).toBeUndefined()
    expect(result.rows.map((r) => r.row)).toEqual([5, 6])
    expect(result.rows[0].contact).toMatchObject({
      firstName: 'Geneviève',
      lastName: 'Pelletier',
      role: 'Ingénieure principale'
    })
    expect(result.rows[0].organization).toMatchObject({ name: 'Hydrolux', website: '' })
  })

  it('Excel « Texte Unicode »: UTF-16 LE with a BOM, tab-separated', () => {
    const result = importFixture('excel-unicode-text.txt')
    expect(result).toMatchObject({ encoding: 'utf-16le', source: null, issues: [] })
    expect(result.rows[0].organization).toMatchObject({ name: 'Société Hélios', city: 'Trois-Rivières' })
    expect(result.rows[0].contact).toMatchObject({ firstName: 'Noémie', lastName: 'Béland' })
  })

  it('a UTF-8 file with one Windows-1252 line: every accent right', () => {
    const result = importFixture('mixed-encodings.csv')
    expect(result.encoding).toBe('utf-8')
    expect(result.rows.map((r) => [r.organization?.name, r.contact?.firstName])).toEqual([
      ['Café Numérique', 'Zoé'],
      ['Forêt Boréale', 'Hélène'],
      ['Ébénisterie Roy', 'Loïc']
    ])
  })
})

describe('a file of no known tool', () => {
  it('the sample file and a generic French list are nobody’s export: « Notes » stay the company’s', () => {
    expect(mapHeaders(['Entreprise', 'Prénom', 'Nom', 'Fonction', 'Courriel', 'Langue', 'Notes'])).toEqual({
      source: null,
      mapping: [
        'organization.name',
        'contact.firstName',
        'contact.lastName',
        'contact.role',
        'contact.email',
        'contact.language',
        'organization.notes'
      ]
    })
    const { source } = importFixture('../../../resources/exemple-import.csv')
    expect(source).toBeNull()
  })
})
