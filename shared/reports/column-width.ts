// Column widths that show each column's widest value as a spreadsheet writes it (no "####" for a
// date or an amount too wide for its column), in Excel's unit: characters of the default font.
import type { Language } from '../schemas/common'
import type { CellValue, ColumnType, Sheet } from './types'

/** Longer text wraps in a column this wide rather than stretching it across pages. */
export const MAX_TEXT_WIDTH = 60
const MIN_WIDTH = 8
/** The filter arrow of the header and the cell margins. */
const PADDING = 3

/** Characters of a whole number with thousands separators: 1234567 → "1 234 567" (9). */
function groupedLength(whole: number): number {
  const digits = String(Math.trunc(Math.abs(whole))).length
  return digits + Math.floor((digits - 1) / 3) + (whole < 0 ? 1 : 0)
}

/** Characters a value takes once the spreadsheet formats it (see NUMBER_FORMATS). */
export function renderedLength(value: CellValue, type: ColumnType, language: Language): number {
  if (value === null) return 0
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 0
    // "1 234,56 $" or "$1,234.56": two decimals, the sign and " $" or "$"
    if (type === 'money') return groupedLength(value / 100) + 3 + (language === 'fr' ? 2 : 1)
    if (type === 'decimal') return groupedLength(value) + 3
    // "65 %" or "65%"
    if (type === 'percent') return String(Math.round(value * 100)).length + (language === 'fr' ? 2 : 1)
    return groupedLength(value)
  }
  if (type === 'date') return 10
  if (type === 'datetime') return 16
  if (!value.includes('\n')) return value.length
  let longest = 0
  for (const line of value.split('\n')) longest = Math.max(longest, line.length)
  return longest
}

/** Each column's width: its header (bold, so a little wider) or its widest value, whichever is more. */
export function fittedWidths(sheet: Sheet, language: Language): number[] {
  const { columns } = sheet
  const types = columns.map((c) => c.type)
  const widest = columns.map((c) => Math.ceil(c.header.length * 1.1))
  // row by row (100,000 rows): each row's cells are read together, once
  for (const row of sheet.rows)
    for (let c = 0; c < types.length; c++) {
      const length = renderedLength(row[c] ?? null, types[c], language)
      if (length > widest[c]) widest[c] = length
    }
  return columns.map((column, c) => {
    const width = Math.max(MIN_WIDTH, widest[c] + PADDING)
    return column.type === 'text' ? Math.min(width, MAX_TEXT_WIDTH) : width
  })
}
