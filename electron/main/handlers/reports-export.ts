// Exports report sheets where the person chooses in the native save dialog: XLSX through the
// streaming writer, CSV through the CSV writer, both into a temp file renamed over the target, so a
// failed export leaves no file. The path comes only from the dialog.
import { basename, join } from 'node:path'
import type { ExportProgress, IpcHandlers } from '@shared/ipc/contract'
import type { CsvDelimiter } from '@shared/reports/csv'
import type { Sheet } from '@shared/reports/types'
import type { Language } from '@shared/schemas/common'
import { writeError } from './file-errors'
import type { FileSaveDeps } from './file-save'

export interface ReportsExportDeps extends Pick<FileSaveDeps, 'showSaveDialog' | 'defaultFolder'> {
  writeXlsx(
    sheets: Sheet[],
    path: string,
    options: { language: Language; onProgress: Progress }
  ): Promise<void>
  writeCsv(
    sheet: Sheet,
    path: string,
    options: { delimiter: CsvDelimiter; onProgress: Progress }
  ): Promise<void>
  /** Runs `write` on a temp path beside the target, then renames it over the target. */
  replaceFileAtomic(target: string, write: (tempPath: string) => Promise<void>): Promise<void>
  sendProgress(progress: ExportProgress): void
}

type Progress = (progress: ExportProgress) => void

const FILTERS = {
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }]
}

export function createReportsExportHandler(deps: ReportsExportDeps): IpcHandlers['reports-export'] {
  return async ({ format, suggestedName, language, delimiter, sheets }) => {
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.defaultFolder(), suggestedName),
      filters: FILTERS[format]
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    const fileName = basename(choice.filePath)
    const onProgress = deps.sendProgress
    try {
      await deps.replaceFileAtomic(choice.filePath, (temp) =>
        format === 'xlsx'
          ? deps.writeXlsx(sheets, temp, { language, onProgress })
          : deps.writeCsv(sheets[0], temp, { delimiter, onProgress })
      )
    } catch (error) {
      throw writeError(error, fileName)
    }
    return { saved: true, fileName }
  }
}
