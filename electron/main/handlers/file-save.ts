// Saves what the renderer built (a report, a backup) where the person chooses in the native
// dialog. The path comes only from that dialog; the renderer proposes a file name, never a path.
import { basename, join } from 'node:path'
import type { IpcHandlers } from '@shared/ipc/contract'
import { writeError } from './file-errors'

export interface DialogFileFilter {
  name: string
  extensions: string[]
}

export interface FileSaveDeps {
  showSaveDialog(options: {
    defaultPath: string
    filters: DialogFileFilter[]
  }): Promise<{ canceled: boolean; filePath?: string }>
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>
  /** Where the dialog opens, e.g. the Documents folder. */
  defaultFolder(): string
}

export function createFileSaveHandler(deps: FileSaveDeps): IpcHandlers['file-save'] {
  return async ({ suggestedName, filters, content }) => {
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.defaultFolder(), suggestedName),
      filters
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    const fileName = basename(choice.filePath)
    try {
      await deps.writeFileAtomic(choice.filePath, content)
    } catch (error) {
      throw writeError(error, fileName)
    }
    return { saved: true, fileName }
  }
}
