// The Law 25 access export as the person reads it: words, not codes; dates as the app writes them;
// a phone number without the CSV apostrophe once in the XLSX.
import { describe, expect, it } from 'vitest'
import { contactSheets } from '@renderer/features/privacy/contactSheets'
import i18next from 'i18next'
import { catalogues } from '@renderer/i18n/catalogues'
import { buildXlsx } from '@renderer/platform/browser-xlsx'
import { contact, followUp } from '../../../fixtures/records'
import { loadWorkbook } from '../../../fixtures/xlsx-read'

const i18n = i18next.createInstance()
void i18n.init({ resources: { fr: { translation: catalogues.fr } }, lng: 'fr', initAsync: false })
const t = i18n.getFixedT('fr')
const file = {
  contact: contact({
    id: 'eloise',
    firstName: 'Éloïse',
    lastName: 'Tremblay',
    phone: '+1 418 555-0100',
    createdAt: new Date(2026, 2, 3, 17, 5).toISOString()
  }),
  organization: null,
  interactions: [],
  followUps: [followUp({ dueDate: '2026-12-01', title: 'Envoyer la grille', status: 'open' })],
  introductions: [],
  privacyOfficer: { name: '', title: '', contact: '' }
}

describe('the access export’s sheets', () => {
  const [person, , followUps] = contactSheets(file, t, 'fr')
  const value = (field: string) => person.rows.find((row) => row[0] === field)?.[1]

  it('writes the record’s creation as the app shows a moment, in the local time', () => {
    expect(value('Créé le')).toBe('3 mars 2026, 17 h 05')
  })

  it('names a follow-up’s state in words', () => {
    expect(followUps.rows[0][2]).toBe('À faire')
  })

  it('keeps a phone number as typed in the XLSX: a text cell, no apostrophe, no formula', async () => {
    const workbook = await loadWorkbook(await buildXlsx([person], 'fr'))
    const sheet = workbook.worksheets[0]
    const phone = sheet.getColumn(2).values.find((v) => typeof v === 'string' && v.includes('418'))
    expect(phone).toBe('+1 418 555-0100')
  })

  it('writes text that looks like a formula as a string cell, never as a formula', async () => {
    const hostile = { ...person, rows: [['Note', '=HYPERLINK("http://evil","clic")']] }
    const sheet = (await loadWorkbook(await buildXlsx([hostile], 'fr'))).worksheets[0]
    const cell = sheet.getCell('B2')
    expect(cell.value).toBe('=HYPERLINK("http://evil","clic")')
    expect(cell.formula).toBeUndefined()
  })
})
