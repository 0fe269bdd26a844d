import { describe, expect, it } from 'vitest'
import { NUMBER_FORMATS } from '@shared/reports/xlsx-sheet'
import { buildXlsx } from '@renderer/platform/browser-xlsx'
import { trickySheet, trickySheetCells } from '../../../fixtures/sheets'
import { expectSheetCells, loadWorkbook } from '../../../fixtures/xlsx-read'

describe('browser-mode XLSX', () => {
  it('is the same workbook main writes: typed cells, formats, frozen and filtered header, widths', async () => {
    const sheet = trickySheet()
    const workbook = await loadWorkbook(await buildXlsx([sheet, { ...sheet, name: 'Copie' }], 'fr'))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Activité', 'Copie'])
    const worksheet = workbook.worksheets[0]
    expectSheetCells(worksheet, sheet, trickySheetCells())
    expect(worksheet.getCell('D2').numFmt).toBe(NUMBER_FORMATS.fr.money)
    expect(worksheet.getCell('A2').numFmt).toBe(NUMBER_FORMATS.fr.date)
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(worksheet.autoFilter).toBe('A1:F1')
    // each column as wide as its widest value + 3: « 2026-11-25 », « 2026-11-25 14:30 »,
    // the 32 characters of =HYPERLINK(…), « 250 000,50 $ », the headers Nombre and Probabilité
    expect(worksheet.columns.map((c) => c.width)).toEqual([13, 19, 35, 15, 10, 16])
  })

  it('writes a header, or text that is not a date in a date column, that looks like a formula as plain text, never a formula', async () => {
    const sheet = {
      name: 'S',
      columns: [
        { header: '-2+3', type: 'text' as const, width: 5 },
        { header: 'Date', type: 'date' as const, width: 5 },
        { header: 'Moment', type: 'datetime' as const, width: 5 }
      ],
      rows: [['@A1', '=1+1', '@SUM(A1)']]
    }
    const worksheet = (await loadWorkbook(await buildXlsx([sheet], 'en'))).worksheets[0]
    expectSheetCells(worksheet, sheet, [
      ['-2+3', 'Date', 'Moment'],
      ['@A1', '=1+1', '@SUM(A1)']
    ])
  })
})
