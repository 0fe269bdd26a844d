import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { NUMBER_FORMATS } from '@shared/reports/xlsx-sheet'
import type { Sheet } from '@shared/reports/types'
import { replaceFileAtomic, type AtomicFs } from '../../../electron/main/atomic-write'
import { writeCsvReport } from '../../../electron/main/reports/csv-writer'
import { writeXlsxReport } from '../../../electron/main/reports/xlsx-writer'
import { trickySheet, trickySheetCells } from '../../fixtures/sheets'
import { expectSheetCells, loadWorkbook } from '../../fixtures/xlsx-read'

const fs: AtomicFs = { open, rename, unlink }
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-xlsx-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function bigSheet(rows: number): Sheet {
  return {
    name: 'Grand',
    columns: [
      { header: 'n', type: 'number', width: 8 },
      { header: 'texte', type: 'text', width: 20 }
    ],
    rows: Array.from({ length: rows }, (_, i) => [i, `ligne ${i}`])
  }
}

describe('streaming XLSX writer', () => {
  it('writes typed cells that read back equal, cell by cell', async () => {
    const sheet = trickySheet()
    const path = join(dir, 'activite.xlsx')
    await writeXlsxReport([sheet], path, { language: 'fr' })
    const worksheet = (await loadWorkbook(await readFile(path))).getWorksheet('Activité')!
    expectSheetCells(worksheet, sheet, trickySheetCells())
  })

  it('formats money as CAD, dates as dates, freezes and filters the header, sets widths', async () => {
    const sheet = trickySheet()
    const path = join(dir, 'a.xlsx')
    await writeXlsxReport([sheet], path, { language: 'en' })
    const worksheet = (await loadWorkbook(await readFile(path))).worksheets[0]
    const formats = sheet.columns.map((_, c) => worksheet.getRow(2).getCell(c + 1).numFmt)
    expect(formats).toEqual([
      NUMBER_FORMATS.en.date,
      NUMBER_FORMATS.en.datetime,
      undefined,
      NUMBER_FORMATS.en.money,
      NUMBER_FORMATS.en.number,
      NUMBER_FORMATS.en.percent
    ])
    expect(NUMBER_FORMATS.en.money).toContain('$')
    expect(worksheet.getRow(1).font?.bold ?? worksheet.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(worksheet.autoFilter).toBe('A1:F1')
    // each column as wide as its widest value + 3 (« $250,000.50 » is 11 characters in English)
    expect(worksheet.columns.map((c) => c.width)).toEqual([13, 19, 35, 14, 10, 16])
  })

  it('writes one sheet per table and reports progress up to the total', async () => {
    const onProgress = vi.fn()
    const path = join(dir, 'b.xlsx')
    await writeXlsxReport([trickySheet(), bigSheet(12_000)], path, { language: 'fr', onProgress })
    const workbook = await loadWorkbook(await readFile(path))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Activité', 'Grand'])
    expect(workbook.getWorksheet('Grand')!.getRow(12_001).getCell(2).value).toBe('ligne 11999')
    expect(onProgress).toHaveBeenLastCalledWith({ written: 12_006, total: 12_006 })
    expect(onProgress.mock.calls.length).toBeGreaterThan(2)
  })

  it('refuses to overwrite an existing path (the atomic wrapper owns the target)', async () => {
    const path = join(dir, 'exists.xlsx')
    await writeFile(path, 'old')
    await expect(writeXlsxReport([trickySheet()], path, { language: 'fr' })).rejects.toMatchObject({
      code: 'EEXIST'
    })
    expect(await readFile(path, 'utf8')).toBe('old')
  })
})

describe('CSV file writer', () => {
  it('streams the same text as the shared writer, BOM first', async () => {
    const path = join(dir, 'a.csv')
    const onProgress = vi.fn()
    await writeCsvReport(bigSheet(12_345), path, { delimiter: ';', onProgress })
    const text = await readFile(path, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(rows).toHaveLength(12_346)
    expect(rows[12_345]).toEqual(['12344', 'ligne 12344'])
    expect(onProgress).toHaveBeenLastCalledWith({ written: 12_345, total: 12_345 })
  })

  it('keeps every byte of long and multi-byte lines, however they fall across the blocks written', async () => {
    const path = join(dir, 'b.csv')
    const long = 'é'.repeat(800_000) // 1.6 MB of UTF-8 on one line
    const huge = '€'.repeat(750_000) // 2.25 MB: more than a block on its own
    const short = 'Zoé 🚀 « ok »'
    const sheet: Sheet = {
      name: 'Notes',
      columns: [{ header: 'Note', type: 'text', width: 20 }],
      rows: [[short], [long], [long], [huge], [short]]
    }
    await writeCsvReport(sheet, path, { delimiter: ';' })
    const expected = ['\uFEFFNote', short, long, long, huge, short, ''].join('\r\n')
    const text = await readFile(path, 'utf8')
    expect(text.length).toBe(expected.length)
    expect(text === expected).toBe(true)
  })
})

describe('atomic replacement around a streaming writer', () => {
  it('leaves no file when the writer fails half-way, and keeps the previous one', async () => {
    const target = join(dir, 'rapport.xlsx')
    await writeFile(target, 'previous')
    const failing = replaceFileAtomic(fs, target, async (temp) => {
      await writeFile(temp, 'half', { flag: 'wx' })
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    })
    await expect(failing).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readdir(dir)).toEqual(['rapport.xlsx'])
    expect(await readFile(target, 'utf8')).toBe('previous')
  })

  it('replaces the target when the writer succeeds', async () => {
    const target = join(dir, 'rapport.xlsx')
    await replaceFileAtomic(fs, target, (temp) => writeXlsxReport([trickySheet()], temp, { language: 'fr' }))
    expect(await readdir(dir)).toEqual(['rapport.xlsx'])
    expect((await loadWorkbook(await readFile(target))).worksheets).toHaveLength(1)
  })
})
