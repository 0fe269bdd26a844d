// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line
// ends, RFC 4180 quoting. French Excel expects ';' and a decimal comma; ',' goes with a decimal
// point. Dates are written YYYY-MM-DD (and times HH:MM, local), which Excel reads in both languages.
import { neutraliseText } from './neutralise'
import { localWallTime } from './wall-time'
import type { CellValue, ColumnType, Sheet } from './types'

export type CsvDelimiter = ',' | ';'

export const CSV_BOM = '\uFEFF'

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ }

function quote(text: string, delimiter: CsvDelimiter): string {
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function decimal(value: number, digits: number | null, comma: boolean): string {
  const text = digits === null ? String(value) : value.toFixed(digits)
  return comma ? text.replace('.', ',') : text
}

/** One cell as CSV text (not yet quoted). */
export function csvCell(value: CellValue, type: ColumnType, comma: boolean): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    if (type === 'money') return decimal(value / 100, 2, comma)
    if (type === 'decimal') return decimal(value, 2, comma)
    if (type === 'percent') return `${decimal(Math.round(value * 10_000) / 100, null, comma)}%`
    return decimal(value, null, comma)
  }
  if (type === 'datetime') return localWallTime(value) ?? neutraliseText(value)
  if (type === 'date') return CALENDAR_DATE.test(value) ? value : neutraliseText(value)
  return neutraliseText(value)
}

/**
 * One column's cells as CSV text, quoted where needed. Worked out once per column: a number, a
 * calendar date or a wall-clock time never holds a quote, a delimiter or a line end, so only text
 * is searched for them.
 */
function columnCells(type: ColumnType, delimiter: CsvDelimiter): (value: CellValue) => string {
  const comma = delimiter === ';'
  const quoted = (value: CellValue) => quote(csvCell(value, type, comma), delimiter)
  if (type === 'text')
    return (value) => (typeof value === 'string' ? quote(neutraliseText(value), delimiter) : quoted(value))
  if (type === 'date')
    return (value) => (typeof value === 'string' && CALENDAR_DATE.test(value) ? value : quoted(value))
  if (type === 'datetime')
    return (value) => (typeof value === 'string' ? (localWallTime(value) ?? quoted(value)) : quoted(value))
  return (value) => (typeof value === 'number' ? csvCell(value, type, comma) : quoted(value))
}

/** The header line and each row's line, without the BOM; for writers that stream. */
export function* csvLines(sheet: Sheet, delimiter: CsvDelimiter): Generator<string> {
  const cells = sheet.columns.map((c) => columnCells(c.type, delimiter))
  yield sheet.columns.map((c) => quote(neutraliseText(c.header), delimiter)).join(delimiter)
  for (const row of sheet.rows) {
    let line = ''
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) line += delimiter
      line += cells[i](row[i] ?? null)
    }
    yield line
  }
}

/** The whole file as a string, BOM first. */
export function writeCsv(sheet: Sheet, delimiter: CsvDelimiter): string {
  const lines: string[] = []
  for (const line of csvLines(sheet, delimiter)) lines.push(line)
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}
