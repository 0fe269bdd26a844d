// One worksheet layout for every XLSX writer (main's streaming writer and the browser's in-memory
// workbook), so both produce the same file: typed cells (dates as dates, money as CAD currency),
// a bold header row, frozen and filtered, columns as wide as their widest value, and a page setup
// for printing (landscape, one page wide, the header row on every page, a footer).
import type { AddWorksheetOptions, AutoFilter, HeaderFooter, PageSetup, Row, Style, Worksheet } from 'exceljs'
import type { Language } from '../schemas/common'
import { fittedWidths, MAX_TEXT_WIDTH } from './column-width'
import type { CellValue, ColumnType, Sheet, SheetFooter } from './types'
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

/**
 * A report cell as ExcelJS writes it: cents become dollars, dates become Dates, text stays as typed.
 * Unlike CSV, where the reader parses every field and "=…" becomes a formula (hence csv.ts's
 * apostrophe), an XLSX text cell is stored as a string (t="inlineStr" or "s"): spreadsheets show it
 * and never evaluate it. An apostrophe would show as part of the text (a phone « '+1 418… »).
 * ExcelJS writes a formula only from a { formula } object, which this writer never makes.
 */
export function excelCell(value: CellValue, type: ColumnType): ExcelCell {
  if (value === null) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    return type === 'money' ? value / 100 : value
  }
  if (type === 'date') return calendarDateAsDate(value) ?? value
  if (type === 'datetime') return wallTimeDate(value) ?? value
  return value
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
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: n } },
    pageSetup: PAGE_SETUP,
    ...(sheet.footer ? { headerFooter: { oddFooter: footerCodes(sheet.footer) } } : {})
  }
}

/** Landscape, fit to one page wide (as many pages tall as it takes), header row on every page. */
const PAGE_SETUP: Partial<PageSetup> = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  horizontalCentered: true
}

/** Excel's header/footer codes: &L left, &R right, &P page, &N pages; a literal & is written &&. */
export function footerCodes(footer: SheetFooter): HeaderFooter['oddFooter'] {
  const text = (words: string) => words.replace(/&/g, '&&')
  return `&L${text(footer.title)}&R${text(footer.page)} &P ${text(footer.of)} &N`
}

/**
 * Lays out a new worksheet (column widths, bold header row) and returns the function that adds
 * each row with its typed cells. Every cell of a column shares one style object: ExcelJS recognises
 * a style it has seen by identity, where a style per cell costs it an XML rendering each time. That
 * holds for the plain cells and rows too (ExcelJS gives each a new empty style): they share one.
 */
export function worksheetRows(worksheet: Worksheet, sheet: Sheet, language: Language) {
  const formats = NUMBER_FORMATS[language]
  const types = sheet.columns.map((c) => c.type)
  const widths = fittedWidths(sheet, language)
  const plain = {}
  // Text wider than the widest column wraps onto more lines, top-aligned with its row
  const styles = types.map((type, i) =>
    type !== 'text'
      ? { numFmt: formats[type] }
      : widths[i] >= MAX_TEXT_WIDTH
        ? { alignment: { wrapText: true, vertical: 'top' as const } }
        : plain
  )
  worksheet.columns = sheet.columns.map((_, i) => ({ key: `c${i}`, width: widths[i] }))
  const header = worksheet.addRow(sheet.columns.map((c) => c.header))
  header.font = { bold: true }
  header.commit()
  return (row: CellValue[]): Row => {
    const added = worksheet.addRow(excelRow(row, types))
    // ExcelJS's Row has a style object at runtime; its types only list the style's fields
    ;(added as Row & { style: Partial<Style> }).style = plain
    for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]
    return added
  }
}

/** Excel's row limit, header included. */
export const XLSX_MAX_ROWS = 1_048_576
