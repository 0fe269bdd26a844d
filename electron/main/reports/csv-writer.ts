// The desktop CSV writer: the shared CSV lines, written in blocks to `outputPath` (the caller makes
// it atomic), UTF-8 with a BOM. Plain function: the benchmark times it in Node.
import { open } from 'node:fs/promises'
import { CSV_BOM, csvLines, type CsvDelimiter } from '@shared/reports/csv'
import type { Sheet } from '@shared/reports/types'
import { breathe, PROGRESS_EVERY_ROWS, type ProgressListener } from './progress'

export interface CsvWriteOptions {
  delimiter: CsvDelimiter
  onProgress?: ProgressListener
}

export async function writeCsvReport(
  sheet: Sheet,
  outputPath: string,
  { delimiter, onProgress }: CsvWriteOptions
): Promise<void> {
  const handle = await open(outputPath, 'wx')
  const total = sheet.rows.length
  try {
    let block: string[] = [CSV_BOM]
    let lines = -1 // the header is not a row
    for (const line of csvLines(sheet, delimiter)) {
      block.push(line, '\r\n')
      if (++lines > 0 && lines % PROGRESS_EVERY_ROWS === 0) {
        await handle.writeFile(block.join(''))
        block = []
        onProgress?.({ written: lines, total })
        await breathe()
      }
    }
    await handle.writeFile(block.join(''))
  } finally {
    await handle.close()
  }
  onProgress?.({ written: total, total })
}
