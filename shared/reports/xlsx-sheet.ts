// One worksheet layout for every XLSX writer (main's streaming writer and the browser's in-memory
// workbook), so both produce the same file: typed cells (dates as dates, money as CAD currency),
// a bold header row, frozen and filtered, and the column widths of the report.
import type { AddWorksheetOptions, AutoFilter, Row, Worksheet } from 'exceljs'
import type { Language } from '../schemas/common'
import { neutraliseText } from './neutralise'
import type { CellValue, ColumnType, Sheet } from './types'
import { calendarDateAsDate, wallTimeDate } from './wall-time'

/** Excel number formats; the currency tags make Excel show "1 234,56 $" (fr-CA) or "$1,234.56" (en-CA). */
export const NUMBER_FORMATS: Record<Language, Record<ColumnType, string>> = {
  fr: {
    text: '@',
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
    money: '#,##0.00 [$$-C0C];-#,##0.00 [$$-C0C]',
    number: '#,##0',
    decimal: '#,##0.00',
    percent: '0 %'
  },
  en: {
    text: '@',
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
    money: '[$$-1009]#,##0.00;-[$$-1009]#,##0.00',
    number: '#,##0',
    decimal: '#,##0.00',
    percent: '0%'
  }
}

export type ExcelCell = string | number | Date | null

/** A report cell as ExcelJS writes it: cents become dollars, dates become Dates, text is neutralised. */
export function excelCell(value: CellValue, type: ColumnType): ExcelCell {
  if (value === null) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    return type === 'money' ? value / 100 : value
  }
  if (type === 'date') return calendarDateAsDate(value) ?? neutraliseText(value)
  if (type === 'datetime') return wallTimeDate(value) ?? neutraliseText(value)
  return neutraliseText(value)
}

export function excelRow(row: CellValue[], types: ColumnType[]): ExcelCell[] {
  const out = new Array<ExcelCell>(types.length)
  for (let i = 0; i < types.length; i++) out[i] = excelCell(row[i] ?? null, types[i])
  return out
}

/** ExcelJS reads autoFilter from addWorksheet's options too; its types leave it out. */
export type WorksheetOptions = Partial<AddWorksheetOptions> & { autoFilter: AutoFilter }

/**
 * Options for addWorksheet: the frozen header and its filter (the streaming writer takes these only
 * when the worksheet is created).
 */
export function worksheetOptions(sheet: Sheet): WorksheetOptions {
  const n = sheet.columns.length
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: n } }
  }
}

/**
 * Lays out a new worksheet (column widths, bold header row) and returns the function that adds
 * each row with its typed cells. Every cell of a column shares one style object: ExcelJS recognises
 * a style it has seen by identity, where a style per cell costs it an XML rendering each time.
 */
export function worksheetRows(worksheet: Worksheet, sheet: Sheet, language: Language) {
  const formats = NUMBER_FORMATS[language]
  const types = sheet.columns.map((c) => c.type)
  const styles = types.map((type) => (type === 'text' ? null : { numFmt: formats[type] }))
  worksheet.columns = sheet.columns.map((c, i) => ({ key: `c${i}`, width: c.width }))
  const header = worksheet.addRow(sheet.columns.map((c) => neutraliseText(c.header)))
  header.font = { bold: true }
  header.commit()
  return (row: CellValue[]): Row => {
    const added = worksheet.addRow(excelRow(row, types))
    for (let i = 0; i < styles.length; i++) {
      const style = styles[i]
      if (style) added.getCell(i + 1).style = style
    }
    return added
  }
}

/** Excel's row limit, header included. */
export const XLSX_MAX_ROWS = 1_048_576
