import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { guessMapping, mapHeaders } from '@shared/import/fields'
import { readRows } from '@shared/import/rows'
import { readCsv, readImportFile } from '@renderer/features/import/importFile'

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet('Contacts'))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('reading an import file', () => {
  it('reads the first sheet of an XLSX: numbers, dates, rich text and links as text', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Company', 'NEQ', 'Email', 'First name', 'Since'])
      sheet.addRow([
        'Nordik Technologies',
        1171234567,
        { text: 'eloise@nordik.ca', hyperlink: 'mailto:eloise@nordik.ca' },
        { richText: [{ text: 'Élo' }, { text: 'ïse', font: { bold: true } }] },
        new Date(Date.UTC(2024, 2, 5))
      ])
      sheet.addRow([])
      sheet.addRow(['Fjordtech', 'pas un NEQ', '', 'Marc', null])
    })
    const source = await readImportFile({ name: 'contacts.xlsx', bytes })
    expect(source.kind).toBe('xlsx')
    expect(source.cells[1]).toEqual([
      'Nordik Technologies',
      '1171234567',
      'eloise@nordik.ca',
      'Éloïse',
      '2024-03-05'
    ])
    const { rows, issues } = readRows(source.cells, guessMapping(source.cells[0]))
    expect(rows).toHaveLength(1)
    expect(rows[0].organization).toMatchObject({ name: 'Nordik Technologies', neq: '1171234567' })
    expect(rows[0].contact).toMatchObject({ firstName: 'Éloïse', email: 'eloise@nordik.ca' })
    // Row numbers are the spreadsheet's: the empty row 3 counts
    expect(issues).toEqual([{ row: 4, field: 'organization.neq', key: 'validation.neq' }])
  })

  it('reads a Windows-1252 CSV and says which encoding and delimiter it found', async () => {
    const bytes = Uint8Array.from(
      [...'Entreprise\tVille\nCaf\xe9 Num\xe9rique\tQu\xe9bec\n'].map((c) => c.charCodeAt(0))
    )
    const source = await readImportFile({ name: 'liste.txt', bytes })
    expect(source).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: '\t' })
    expect(source.cells[1]).toEqual(['Café Numérique', 'Québec'])
  })

  it('refuses a damaged workbook, an old .xls and a file without data', async () => {
    await expect(
      readImportFile({ name: 'a.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 0]) })
    ).rejects.toMatchObject({
      key: 'import.errors.unreadableXlsx'
    })
    await expect(readImportFile({ name: 'a.xls', bytes: new Uint8Array(8) })).rejects.toMatchObject({
      key: 'import.errors.format.xls'
    })
    await expect(
      readImportFile({ name: 'vide.csv', bytes: new TextEncoder().encode('Entreprise;Ville\r\n;\r\n') })
    ).rejects.toMatchObject({ key: 'import.errors.empty' })
  })

  it('finds the header under a title row, and a merged « Contact » header keeps first and last name', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Salon Inno 2026 : liste des exposants'])
      sheet.mergeCells('A1:D1')
      sheet.addRow(['Entreprise', 'Contact', '', 'Courriel'])
      sheet.mergeCells('B2:C2')
      sheet.addRow(['Nordik Technologies', 'Éloïse', 'Tremblay', 'eloise@nordik.ca'])
    })
    const source = await readImportFile({ name: 'exposants.xlsx', bytes })
    expect(source.headerRow).toBe(1)
    const { mapping } = mapHeaders(source.cells[1])
    expect(mapping).toEqual(['organization.name', 'contact.firstName', 'contact.lastName', 'contact.email'])
    const { rows, issues } = readRows(source.cells, mapping, source.headerRow)
    expect(issues).toEqual([])
    expect(rows).toEqual([
      expect.objectContaining({
        row: 3,
        organization: expect.objectContaining({ name: 'Nordik Technologies' }),
        contact: expect.objectContaining({ firstName: 'Éloïse', lastName: 'Tremblay' })
      })
    ])
  })

  it('reads the data on the second sheet when the first is empty, and says so', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Feuil1')
    workbook.addWorksheet('Contacts').addRows([
      ['Entreprise', 'Ville'],
      ['Fjordtech', 'Alma']
    ])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const source = await readImportFile({ name: 'classeur.xlsx', bytes })
    expect(source).toMatchObject({ kind: 'xlsx', sheet: 'Contacts', skippedSheets: ['Feuil1'] })
    expect(source.cells[1]).toEqual(['Fjordtech', 'Alma'])
  })

  it('names what a file is when it is not a spreadsheet: Word, PDF, a binary renamed .csv', async () => {
    const docx = Uint8Array.from(
      [...'PK\x03\x04\x14\x00[Content_Types].xml word/document.xml'].map((c) => c.charCodeAt(0))
    )
    await expect(readImportFile({ name: 'liste.docx', bytes: docx })).rejects.toMatchObject({
      key: 'import.errors.format.docx',
      params: { name: 'liste.docx' }
    })
    // The same Word document renamed .xlsx is still named for what it is
    await expect(readImportFile({ name: 'liste.xlsx', bytes: docx })).rejects.toMatchObject({
      key: 'import.errors.format.docx'
    })
    const pdf = new TextEncoder().encode('%PDF-1.7 ...')
    await expect(readImportFile({ name: 'liste.csv', bytes: pdf })).rejects.toMatchObject({
      key: 'import.errors.format.pdf'
    })
    const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256)
    await expect(readImportFile({ name: 'photo.csv', bytes: binary })).rejects.toMatchObject({
      key: 'import.errors.binary',
      params: { name: 'photo.csv' }
    })
  })

  it('reads a CSV again in the encoding the person chose', () => {
    const bytes = Uint8Array.from([...'Entreprise;Ville\nCaf\xe9;Qu\xe9bec\n'].map((c) => c.charCodeAt(0)))
    expect(readCsv('a.csv', bytes)).toMatchObject({ encoding: 'windows-1252', encodingForced: false })
    const forced = readCsv('a.csv', bytes, 'utf-8')
    expect(forced).toMatchObject({ encoding: 'utf-8', encodingForced: true })
    expect(forced.cells[1]).toEqual(['Caf\ufffd', 'Qu\ufffdbec'])
  })

  it('reads contact cards as rows the wizard maps by itself, notes gathering what a contact has no field for', async () => {
    const bytes = new Uint8Array(
      readFileSync(resolve(__dirname, '../../../fixtures/capture/outlook-2.1.vcf'))
    )
    const source = await readImportFile({ name: 'Contacts Outlook.VCF', bytes })
    expect(source.kind).toBe('vcard')
    const { rows } = readRows(source.cells, guessMapping(source.cells[0]))
    expect(rows[0].organization?.name).toBe('Acier Mauricie inc.')
    expect(rows[0].contact).toMatchObject({
      firstName: 'François',
      lastName: 'Bédard',
      role: 'Vice-président, finances',
      email: 'fbedard@acier-mauricie.ca',
      phone: '(819) 555-0142',
      notes:
        'Rencontré au dîner de la CCI\nIntéressé par le volet exportation, à rappeler\n' +
        '1250 boul. des Forges, Trois-Rivières, QC G8Z 1T7, Canada\nfrancois.bedard@gmail.com · (819) 555-0177'
    })
    expect(rows[1].organization).toBeNull()
    expect(rows[1].contact).toMatchObject({ firstName: 'Gabrielle', lastName: 'Côté' })
  })

  it('knows a card by its content when the name says nothing', async () => {
    const bytes = new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karim Benali\r\nEND:VCARD\r\n')
    expect((await readImportFile({ name: 'a1b2c3', bytes })).kind).toBe('vcard')
  })
})
