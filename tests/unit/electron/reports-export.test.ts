import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { replaceFileAtomic, type AtomicFs } from '../../../electron/main/atomic-write'
import {
  createReportsExportHandler,
  type ReportsExportDeps
} from '../../../electron/main/handlers/reports-export'
import { writeCsvReport } from '../../../electron/main/reports/csv-writer'
import { writeXlsxReport } from '../../../electron/main/reports/xlsx-writer'
import { trickySheet } from '../../fixtures/sheets'
import { loadWorkbook } from '../../fixtures/xlsx-read'

const fs: AtomicFs = { open, rename, unlink }
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function setup(filePath: string | undefined, overrides: Partial<ReportsExportDeps> = {}) {
  const deps: ReportsExportDeps = {
    showSaveDialog: vi.fn(async () => (filePath ? { canceled: false, filePath } : { canceled: true })),
    defaultFolder: () => '/home/me/Documents',
    writeXlsx: writeXlsxReport,
    writeCsv: writeCsvReport,
    replaceFileAtomic: (target, write) => replaceFileAtomic(fs, target, write),
    sendProgress: vi.fn(),
    ...overrides
  }
  return { deps, exportReport: createReportsExportHandler(deps) }
}

const request = (format: 'xlsx' | 'csv') => ({
  format,
  suggestedName: `activite.${format}`,
  language: 'fr' as const,
  delimiter: ';' as const,
  sheets: [trickySheet(), { ...trickySheet(), name: 'Deuxième' }]
})

describe('reports-export', () => {
  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, exportReport } = setup(undefined)
    expect(await exportReport(request('xlsx'))).toEqual({ saved: false })
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/me/Documents', 'activite.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }]
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('writes every sheet as XLSX at the chosen path and reports progress', async () => {
    const target = join(dir, 'choisi.xlsx')
    const { deps, exportReport } = setup(target)
    expect(await exportReport(request('xlsx'))).toEqual({ saved: true, fileName: 'choisi.xlsx' })
    const workbook = await loadWorkbook(await readFile(target))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Activité', 'Deuxième'])
    expect(deps.sendProgress).toHaveBeenLastCalledWith({ written: 12, total: 12 })
    expect(await readdir(dir)).toEqual(['choisi.xlsx'])
  })

  it('writes the first sheet as CSV with the chosen delimiter', async () => {
    const target = join(dir, 'choisi.csv')
    await setup(target).exportReport(request('csv'))
    const text = await readFile(target, 'utf8')
    expect(text.split('\r\n')[0]).toBe('\uFEFFDate;Moment;Entreprise;Montant;Nombre;Probabilité')
  })

  it('leaves the previous file and no temp file when the writer fails, and says why', async () => {
    const target = join(dir, 'rapport.xlsx')
    await writeFile(target, 'previous')
    const writeXlsx = async (_sheets: unknown, path: string) => {
      await writeFile(path, 'partial', { flag: 'wx' })
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
    }
    await expect(setup(target, { writeXlsx }).exportReport(request('xlsx'))).rejects.toMatchObject({
      key: 'errors.file.diskFull',
      params: { fileName: 'rapport.xlsx' }
    })
    expect(await readdir(dir)).toEqual(['rapport.xlsx'])
    expect(await readFile(target, 'utf8')).toBe('previous')
  })
})
