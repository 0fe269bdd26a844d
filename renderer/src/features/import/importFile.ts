// A picked file as a table of text cells: CSV decoded (BOM, strict UTF-8, Windows-1252 where UTF-8
// fails, or the encoding the person chose) and split on its own delimiter, or the first worksheet of
// an XLSX workbook that holds data (ExcelJS, loaded only when needed). Files that are neither say
// what they are.
import { AppError } from '@shared/errors'
import { parseCsvCells } from '@shared/import/csv'
import { decodeText, type TextEncodingName } from '@shared/import/decode'
import { detectHeaderRow } from '@shared/import/header-row'
import { sniffFileKind } from '@shared/import/sniff'
import { worksheetCells } from '@shared/import/xlsx-cells'
import { parseVCards } from '@shared/capture/vcard'
import { cardsAsTable } from '@shared/capture/vcardTable'
import type { PickedFile } from '@renderer/platform'

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
export const IMPORT_EXTENSIONS = ['csv', 'txt', 'xlsx', 'vcf']

export type ImportSource = { name: string; cells: string[][]; headerRow: number } & (
  | {
      kind: 'csv'
      bytes: Uint8Array
      encoding: TextEncodingName
      /** The person chose the encoding (else Relais did). */
      encodingForced: boolean
      /** Lines read as Windows-1252 in a file otherwise UTF-8. */
      fallbackLines: number[]
      delimiter: string
    }
  | { kind: 'xlsx'; sheet: string; skippedSheets: string[] }
  | { kind: 'vcard' }
)

const isVCard = (name: string, bytes: Uint8Array) =>
  /\.vcf$/i.test(name) || /^\uFEFF?\s*BEGIN:VCARD/i.test(new TextDecoder().decode(bytes.subarray(0, 64)))

async function readXlsx(name: string, bytes: Uint8Array): Promise<ImportSource> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw new AppError('import.errors.unreadableXlsx')
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, cells: worksheetCells(sheet) }))
  const index = sheets.findIndex((sheet) => sheet.cells.some((row) => row.some(Boolean)))
  if (index === -1) throw new AppError('import.errors.empty')
  const { name: sheet, cells } = sheets[index]
  const skippedSheets = sheets.slice(0, index).map((s) => s.name)
  return { name, kind: 'xlsx', sheet, skippedSheets, cells, headerRow: detectHeaderRow(cells) }
}

/** A CSV file's cells; `encoding` is the one the person chose in the preview. */
export function readCsv(name: string, bytes: Uint8Array, encoding?: TextEncodingName): ImportSource {
  const decoded = decodeText(bytes, encoding)
  // A binary file renamed .csv decodes to text full of control characters
  let controls = 0
  for (const ch of decoded.text.slice(0, 4096)) {
    const code = ch.charCodeAt(0)
    if (code < 0x09 || (code > 0x0d && code < 0x20)) controls++
  }
  if (controls > 8) throw new AppError('import.errors.binary', { name })
  const { rows, delimiter } = parseCsvCells(decoded.text)
  return {
    name,
    kind: 'csv',
    bytes,
    encoding: decoded.encoding,
    encodingForced: encoding !== undefined,
    fallbackLines: decoded.fallbackLines,
    delimiter,
    cells: rows,
    headerRow: detectHeaderRow(rows)
  }
}

export async function readImportFile({ name, bytes }: PickedFile): Promise<ImportSource> {
  // Contact cards read as rows with French headers (shared/capture/vcardTable.ts)
  if (isVCard(name, bytes))
    return { name, kind: 'vcard', headerRow: 0, cells: cardsAsTable(parseVCards(bytes)) }
  const kind = sniffFileKind(name, bytes)
  if (kind !== 'xlsx' && kind !== 'text') throw new AppError(`import.errors.format.${kind}`, { name })
  const source = kind === 'xlsx' ? await readXlsx(name, bytes) : readCsv(name, bytes)
  if (source.cells.slice(source.headerRow + 1).every((row) => row.every((cell) => cell === ''))) {
    throw new AppError('import.errors.empty')
  }
  return source
}
