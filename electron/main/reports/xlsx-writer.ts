// The desktop XLSX writer: ExcelJS's streaming WorkbookWriter, rows committed as they are written so
// 100,000 rows stay under 200 MB. Writes the file at `outputPath` (the caller makes it atomic) and
// refuses to overwrite an existing path. Plain function: the benchmark times it in Node.
import { createWriteStream } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Language } from '@shared/schemas/common'
import type { Sheet } from '@shared/reports/types'
import { worksheetOptions, worksheetRows } from '@shared/reports/xlsx-sheet'
import { breathe, PROGRESS_EVERY_ROWS, type ProgressListener } from './progress'

export interface XlsxWriteOptions {
  language: Language
  onProgress?: ProgressListener
}

function finished(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('close', resolve)
    stream.once('error', reject)
  })
}

export async function writeXlsxReport(
  sheets: Sheet[],
  outputPath: string,
  { language, onProgress }: XlsxWriteOptions
): Promise<void> {
  const stream = createWriteStream(outputPath, { flags: 'wx' })
  const done = finished(stream)
  // An error before commit (e.g. the disk fills) rejects `done`; surface it, not an unhandled rejection
  done.catch(() => undefined)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false
  })
  workbook.creator = 'Relais'
  const total = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0)
  let written = 0
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, worksheetOptions(sheet))
    const addRow = worksheetRows(worksheet, sheet, language)
    for (const row of sheet.rows) {
      addRow(row).commit()
      if (++written % PROGRESS_EVERY_ROWS === 0) {
        onProgress?.({ written, total })
        await breathe()
      }
    }
    worksheet.commit()
  }
  await workbook.commit()
  await done
  onProgress?.({ written: total, total })
}
