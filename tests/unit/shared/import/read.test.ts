import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvCells } from '@shared/import/csv'
import { decodeText } from '@shared/import/decode'
import { guessMapping } from '@shared/import/fields'
import { missingColumns, readRows } from '@shared/import/rows'

/** Windows-1252 bytes of a text (Latin-1 plus the curly apostrophe and œ). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, œ: 0x9c, '€': 0x80 }
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)))
}

function importText(text: string) {
  const { rows } = parseCsvCells(text)
  const mapping = guessMapping(rows[0])
  return { mapping, ...readRows(rows, mapping) }
}

describe('decoding', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode('Société Éloïse')
    expect(decodeText(bytes)).toEqual({ text: 'Société Éloïse', encoding: 'utf-8', fallbackLines: [] })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe('Société Éloïse')
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(windows1252('Cœur d’Éloïse; Côté'))).toEqual({
      text: 'Cœur d’Éloïse; Côté',
      encoding: 'windows-1252',
      fallbackLines: []
    })
  })
})

describe('reading a CSV file', () => {
  it('finds the delimiter: semicolons even with commas inside values, tabs, commas', () => {
    expect(parseCsvCells('Entreprise;Ville\r\n"Nordik, inc.";Saguenay, QC\r\n').rows).toEqual([
      ['Entreprise', 'Ville'],
      ['Nordik, inc.', 'Saguenay, QC']
    ])
    expect(parseCsvCells('Company\tCity\nNordik\tAlma\n').delimiter).toBe('\t')
    expect(parseCsvCells('Company,City\nNordik,Alma\n').delimiter).toBe(',')
  })

  it('guesses French and English headers, and "Nom" by context', () => {
    expect(
      guessMapping(['Entreprise', 'N.E.Q.', 'Prénom', 'Nom', 'Courriel', 'Région', 'Colonne X'])
    ).toEqual([
      'organization.name',
      'organization.neq',
      'contact.firstName',
      'contact.lastName',
      'contact.email',
      'organization.region',
      null
    ])
    expect(guessMapping(['Name', 'City', 'Website', 'E-mail', 'Phone'])).toEqual([
      'organization.name',
      'organization.city',
      'organization.website',
      'contact.email',
      'contact.phone'
    ])
  })

  it('reads a Windows-1252 file with accents right', () => {
    const { text } = decodeText(
      windows1252(
        'Entreprise;Ville;Région\r\nÉlectro-Nord ltée;Chicoutimi;Saguenay–Lac-Saint-Jean\r\n'.replace(
          '–',
          '-'
        )
      )
    )
    const { rows, issues } = importText(text)
    expect(issues).toEqual([])
    expect(rows[0].organization).toMatchObject({
      name: 'Électro-Nord ltée',
      city: 'Chicoutimi',
      region: '02'
    })
  })

  it('says a required column is missing when no name column can be found', () => {
    const { mapping } = importText('Ville;Téléphone\nAlma;418 555-0100\n')
    expect(missingColumns(mapping)).toBe(true)
    expect(missingColumns(guessMapping(['Prénom']))).toBe(false)
  })

  it('a file split by a character no spreadsheet uses maps no column, and is refused', () => {
    const { mapping } = importText('Entreprise/Ville\nNordik/Alma\n')
    expect(missingColumns(mapping)).toBe(true)
  })

  it('reads 5,000 rows and reports exactly the 10 bad ones by row number', () => {
    const bad = new Set([7, 100, 512, 1000, 2001, 2500, 3333, 4000, 4444, 4999])
    const lines = ['Entreprise;NEQ;Courriel;Prénom;Employés;Région']
    for (let i = 1; i <= 5000; i++) {
      const neq = bad.has(i) && i % 2 === 0 ? '123' : String(1_100_000_000 + i)
      const email = bad.has(i) && i % 2 === 1 ? 'pas-un-courriel' : `p${i}@exemple.ca`
      lines.push(`Entreprise ${i};${neq};${email};Prénom ${i};${i % 300};02`)
    }
    const { rows, issues, invalidRows } = importText(lines.join('\r\n'))
    expect(rows).toHaveLength(4990)
    expect(invalidRows).toBe(10)
    expect(issues.map((i) => i.row)).toEqual([...bad].map((i) => i + 1))
    expect(issues.find((i) => i.row === 8)).toEqual({
      row: 8,
      field: 'contact.email',
      key: 'validation.email'
    })
    expect(issues.find((i) => i.row === 101)).toEqual({
      row: 101,
      field: 'organization.neq',
      key: 'validation.neq'
    })
  })

  it('converts values: regions by name, counts with spaces, sites without scheme, languages, full names', () => {
    const { rows, issues } = importText(
      [
        'Company;Region;Employees;Website;Contact;Language;Tags',
        'Nordik;Saguenay;1 200;www.nordik.ca;Marie-Ève de la Roche;English;ia, logiciel',
        'Fjord;Mars;12;;;;',
        'Boréal;02;douze;;Jean;klingon;'
      ].join('\n')
    )
    expect(rows[0].organization).toMatchObject({
      region: '02',
      employees: 1200,
      website: 'https://www.nordik.ca',
      tags: ['ia', 'logiciel']
    })
    expect(rows[0].contact).toMatchObject({ firstName: 'Marie-Ève', lastName: 'de la Roche', language: 'en' })
    expect(issues).toEqual([
      { row: 3, field: 'organization.region', key: 'validation.region' },
      { row: 4, field: 'contact.language', key: 'validation.choice' },
      { row: 4, field: 'organization.employees', key: 'validation.number' }
    ])
  })

  it('reads the sample file shipped in resources/ without an error', () => {
    const bytes = readFileSync(join(__dirname, '../../../../resources/exemple-import.csv'))
    const { rows, issues } = importText(decodeText(bytes).text)
    expect(issues).toEqual([])
    expect(rows).toHaveLength(8)
    expect(rows.filter((r) => r.organization).length).toBe(7)
    expect(rows.filter((r) => r.contact).length).toBe(7)
  })
})

describe('decoding by byte-order mark', () => {
  const utf16 = (text: string, littleEndian: boolean) =>
    Uint8Array.from(
      [...text].flatMap((ch) => {
        const code = ch.charCodeAt(0)
        return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
      })
    )

  it('reads UTF-16 LE and BE by their BOM, even text of œ, ’ and € with no zero byte', () => {
    const text = 'Œuvre’€œ“”'
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16(text, true)]))).toMatchObject({
      text,
      encoding: 'utf-16le'
    })
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16(text, false)]))).toMatchObject({
      text,
      encoding: 'utf-16be'
    })
  })

  it('names the lines read as Windows-1252 in a UTF-8 file', () => {
    const utf8 = new TextEncoder().encode('Entreprise\nCafé\n')
    const decoded = decodeText(Uint8Array.from([...utf8, 0x46, 0x6f, 0x72, 0xea, 0x74, 0x0a]))
    expect(decoded).toEqual({ text: 'Entreprise\nCafé\nForêt\n', encoding: 'utf-8', fallbackLines: [3] })
  })
})

describe('numbers in an imported file', () => {
  it('refuses « 12,5 » employees as a fraction (it was imported as 125) and reads « 4,0 » as 4', () => {
    const { rows, issues } = importText('Entreprise;Employés\nNordik;12,5\nFjord;4,0\nBoréal;1 200\n')
    expect(issues).toEqual([{ row: 2, field: 'organization.employees', key: 'validation.wholeNumber' }])
    expect(rows.map((r) => [r.organization?.name, r.organization?.employees])).toEqual([
      ['Fjord', 4],
      ['Boréal', 1200]
    ])
  })

  it('reads numbers by the file’s language: "1.200" is 1200 in French, refused in English', () => {
    const cells = [
      ['Company', 'Employees'],
      ['Nordik', '1.200']
    ]
    const mapping = guessMapping(cells[0])
    expect(readRows(cells, mapping, 0, 'fr').rows[0].organization?.employees).toBe(1200)
    expect(readRows(cells, mapping, 0, 'en').issues).toEqual([
      { row: 2, field: 'organization.employees', key: 'validation.wholeNumber' }
    ])
  })
})
