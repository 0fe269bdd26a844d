import { afterEach, beforeEach } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeXlsxReport } from '../../../electron/main/reports/xlsx-writer'
import { describeFridayWorkbook } from '../../fixtures/friday-workbook'
import { loadWorkbook } from '../../fixtures/xlsx-read'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-friday-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describeFridayWorkbook('desktop', async (sheets) => {
  const path = join(dir, 'rapport.xlsx')
  await writeXlsxReport(sheets, path, { language: 'fr' })
  return loadWorkbook(await readFile(path))
})
