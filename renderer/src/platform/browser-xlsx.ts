// Browser mode's XLSX: ExcelJS's in-memory workbook with the same layout main's streaming writer
// uses (shared/reports/xlsx-sheet), so both produce the same file. Loaded on demand: ExcelJS is
// about 1 MB, and only exports and imports need it.
import ExcelJS from 'exceljs'
import type { Sheet } from '@shared/reports/types'
import type { Language } from '@shared/schemas/common'
import { worksheetOptions, worksheetRows } from '@shared/reports/xlsx-sheet'

export async function buildXlsx(sheets: Sheet[], language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Relais'
  for (const sheet of sheets) {
    const addRow = worksheetRows(workbook.addWorksheet(sheet.name, worksheetOptions(sheet)), sheet, language)
    for (const row of sheet.rows) addRow(row)
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
