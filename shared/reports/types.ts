// Reports are rows first: a builder turns stored records into a ReportTable (raw values, i18n keys
// for headers and enumerations); localise() turns it into a Sheet (translated text), which the
// preview shows and every writer (CSV, XLSX in main or in the browser) writes the same way.

/**
 * How a column's values are stored and written:
 * text (string), date ("YYYY-MM-DD"), datetime (ISO-8601 instant), money (integer cents, CAD),
 * number (whole), decimal (two decimals, e.g. a leverage ratio), percent (a fraction: 0.65 = 65 %).
 */
export type ColumnType = 'text' | 'date' | 'datetime' | 'money' | 'number' | 'decimal' | 'percent'

export type CellValue = string | number | null

export interface ReportColumn {
  key: string
  /** i18n key of the header, e.g. "reports.columns.company". */
  header: string
  type: ColumnType
  /** Width in characters (Excel's unit). */
  width: number
  /** Text values are codes translated as `${enum}.${value}`, e.g. "reports.values.interactionKind". */
  enum?: string
}

export type ReportRow = Record<string, CellValue>

export interface ReportTable {
  /** Stable id, e.g. "activity.byKind"; its title is the i18n key `reports.tables.${id}`. */
  id: string
  columns: ReportColumn[]
  rows: ReportRow[]
}

export const REPORT_IDS = [
  'activity',
  'followUps',
  'pipeline',
  'introductions',
  'companies',
  'impact'
] as const
export type ReportId = (typeof REPORT_IDS)[number]

/** A report is one or more tables: the detail first, then its summaries. */
export interface Report {
  id: ReportId
  tables: ReportTable[]
}

/** A whole calendar period, both ends included. */
export interface Period {
  from: string
  to: string
}

/** What a writer receives: translated headers and text, values typed by column. */
export interface SheetColumn {
  header: string
  type: ColumnType
  width: number
}

export interface Sheet {
  /** Worksheet name (at most 31 characters, no []:*?/\). */
  name: string
  columns: SheetColumn[]
  rows: CellValue[][]
}
