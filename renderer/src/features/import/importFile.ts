// A picked file as a table of text cells: CSV decoded (UTF-8 or Windows-1252) and split on its own
// delimiter, or the first worksheet of an XLSX workbook (ExcelJS, loaded only when needed).
import { AppError } from '@shared/errors'
import { parseCsvCells } from '@shared/import/csv'
import { decodeText, type TextEncodingName } from '@shared/import/decode'
import { worksheetCells } from '@shared/import/xlsx-cells'
import { parseVCards } from '@shared/capture/vcard'
import { cardsAsTable } from '@shared/capture/vcardTable'
import type { PickedFile } from '@renderer/platform'

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
export const IMPORT_EXTENSIONS = ['csv', 'txt', 'xlsx', 'vcf']

export type ImportSource = { name: string; cells: string[][] } & (
  { kind: 'csv'; encoding: TextEncodingName; delimiter: string } | { kind: 'xlsx' } | { kind: 'vcard' }
)

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b
const isVCard = (name: string, bytes: Uint8Array) =>
  /\.vcf$/i.test(name) || /^\uFEFF?\s*BEGIN:VCARD/i.test(new TextDecoder().decode(bytes.subarray(0, 64)))

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw new AppError('import.errors.unreadableXlsx')
  }
  const sheet = workbook.worksheets[0]
  return sheet ? worksheetCells(sheet) : []
}

function readCsv(name: string, bytes: Uint8Array): ImportSource {
  const { text, encoding } = decodeText(bytes)
  const { rows, delimiter } = parseCsvCells(text)
  return { name, kind: 'csv', encoding, delimiter, cells: rows }
}

export async function readImportFile({ name, bytes }: PickedFile): Promise<ImportSource> {
  // Old Excel (.xls) and OpenDocument files are binary formats this reader does not know
  if (/\.(xls|ods|numbers)$/i.test(name)) throw new AppError('import.errors.unsupported')
  // Contact cards read as rows with French headers (shared/capture/vcardTable.ts)
  if (isVCard(name, bytes)) return { name, kind: 'vcard', cells: cardsAsTable(parseVCards(bytes)) }
  const source: ImportSource =
    /\.xlsx$/i.test(name) || isZip(bytes)
      ? { name, kind: 'xlsx', cells: await readXlsx(bytes) }
      : readCsv(name, bytes)
  if (source.cells.slice(1).every((row) => row.every((cell) => cell === ''))) {
    throw new AppError('import.errors.empty')
  }
  return source
}
