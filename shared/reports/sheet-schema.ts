// The zod schema of the sheets the renderer sends to main for export. Rows are checked by a plain
// loop (a per-cell zod union over 100,000 × 8 cells would cost more than the export itself).
import { z } from 'zod'
import type { CellValue } from './types'
import { XLSX_MAX_ROWS } from './xlsx-sheet'

export const MAX_SHEET_COLUMNS = 64
/** Excel's limit for the text of one cell. */
export const MAX_CELL_CHARS = 32_767
export const MAX_SHEETS = 12
export const MAX_EXPORT_CELLS = 20_000_000

function isCell(value: unknown): value is CellValue {
  if (value === null) return true
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && value.length <= MAX_CELL_CHARS
}

function isGrid(value: unknown, width: number): value is CellValue[][] {
  if (!Array.isArray(value) || value.length > XLSX_MAX_ROWS - 1) return false
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width) return false
    for (const cell of row) if (!isCell(cell)) return false
  }
  return true
}

const columnSchema = z
  .object({
    header: z.string().min(1).max(255),
    type: z.enum(['text', 'date', 'datetime', 'money', 'number', 'decimal', 'percent']),
    width: z.number().min(1).max(255)
  })
  .strict()

export const sheetSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(31)
      .refine((name) => !/[[\]:*?/\\]/.test(name)),
    columns: z.array(columnSchema).min(1).max(MAX_SHEET_COLUMNS),
    // checked cell by cell below, once the column count is known
    rows: z.custom<CellValue[][]>((rows) => Array.isArray(rows)),
    footer: z
      .object({ title: z.string().max(200), page: z.string().max(40), of: z.string().max(40) })
      .strict()
      .optional()
  })
  .strict()
  .refine((sheet) => isGrid(sheet.rows, sheet.columns.length), { path: ['rows'] })

export const sheetsSchema = z
  .array(sheetSchema)
  .min(1)
  .max(MAX_SHEETS)
  .refine((sheets) => sheets.reduce((n, s) => n + s.rows.length * s.columns.length, 0) <= MAX_EXPORT_CELLS)
