// The first worksheet of an XLSX file as text cells, the way the person sees them: dates as
// YYYY-MM-DD, numbers without grouping (a NEQ typed as a number stays its 10 digits), formulas by
// their last computed result, rich text and links by their text.
import type { CellValue, Worksheet } from 'exceljs'

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value) return cellText(value.result as CellValue)
  if ('error' in value) return ''
  return ''
}

export function worksheetCells(worksheet: Worksheet): string[][] {
  const rows: string[][] = []
  const width = worksheet.columnCount
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim())
    rows[rowNumber - 1] = cells
  })
  // Empty rows stay (as holes filled with []) so row numbers match the spreadsheet's
  return Array.from(rows, (row) => row ?? [])
}
