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

/** The block encoded lines go into; a UTF-16 unit takes at most 3 bytes of UTF-8. */
const BLOCK_BYTES = 1 << 21

export async function writeCsvReport(
  sheet: Sheet,
  outputPath: string,
  { delimiter, onProgress }: CsvWriteOptions
): Promise<void> {
  const handle = await open(outputPath, 'wx')
  const total = sheet.rows.length
  // Each line is encoded into one reused buffer as it comes: the lines die young, where a block
  // of 5,000 joined strings outlived the young generation and cost more in garbage collection
  // than the writing itself
  const block = Buffer.allocUnsafe(BLOCK_BYTES)
  let used = 0
  const flush = async () => {
    if (used > 0) await handle.write(block, 0, used)
    used = 0
  }
  const add = async (text: string) => {
    if (used + text.length * 3 > BLOCK_BYTES) await flush()
    if (text.length * 3 > BLOCK_BYTES) await handle.write(text)
    else used += block.write(text, used)
  }
  try {
    await add(CSV_BOM)
    let lines = -1 // the header is not a row
    for (const line of csvLines(sheet, delimiter)) {
      await add(`${line}\r\n`)
      if (++lines > 0 && lines % PROGRESS_EVERY_ROWS === 0) {
        await flush()
        onProgress?.({ written: lines, total })
        await breathe()
      }
    }
    await flush()
  } finally {
    await handle.close()
  }
  onProgress?.({ written: total, total })
}
