// A report table in the reader's language: translated headers, enumeration codes turned into
// words, rows as arrays in column order. The result is what the preview and every writer use.
import type { CellValue, ReportTable, Sheet } from './types'

export type Translate = (key: string) => string

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g

/** A valid, unique worksheet name (Excel: at most 31 characters, none of []:*?/\). */
export function sheetName(title: string, taken: ReadonlySet<string> = new Set()): string {
  const base = title.replace(FORBIDDEN_IN_SHEET_NAME, ' ').trim().slice(0, 31) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  return name
}

export function tableTitleKey(tableId: string): string {
  return `reports.tables.${tableId}`
}

export function localiseTable(table: ReportTable, t: Translate, taken?: ReadonlySet<string>): Sheet {
  const cache = new Map<string, string>()
  const word = (key: string) => {
    let text = cache.get(key)
    if (text === undefined) cache.set(key, (text = t(key)))
    return text
  }
  const keys = table.columns.map((c) => c.key)
  const enums = table.columns.map((c) => c.enum)
  const rows = new Array<CellValue[]>(table.rows.length)
  // Plain loops: this runs over every cell of 100,000-row reports
  for (let r = 0; r < rows.length; r++) {
    const source = table.rows[r]
    const cells = new Array<CellValue>(keys.length)
    for (let c = 0; c < keys.length; c++) {
      const value = source[keys[c]] ?? null
      const enumKey = enums[c]
      cells[c] = enumKey && typeof value === 'string' && value !== '' ? word(`${enumKey}.${value}`) : value
    }
    rows[r] = cells
  }
  return {
    name: sheetName(t(tableTitleKey(table.id)), taken),
    columns: table.columns.map((c) => ({ header: t(c.header), type: c.type, width: c.width })),
    rows
  }
}

/** Every table of a report as sheets with distinct names. */
export function localiseTables(tables: ReportTable[], t: Translate): Sheet[] {
  const taken = new Set<string>()
  return tables.map((table) => {
    const sheet = localiseTable(table, t, taken)
    taken.add(sheet.name.toLowerCase())
    return sheet
  })
}
