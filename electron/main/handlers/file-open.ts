// Reads a file the person picks in the native dialog (an import spreadsheet, a backup).
// The size is checked before reading, so a huge file never lands in memory.
import { basename } from 'node:path'
import { AppError } from '@shared/errors'
import type { IpcHandlers } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import type { DialogFileFilter } from './file-save'

export interface FileOpenDeps {
  showOpenDialog(options: {
    filters: DialogFileFilter[]
    properties: ['openFile']
  }): Promise<{ canceled: boolean; filePaths: string[] }>
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
}

async function statOrFail(deps: FileOpenDeps, path: string, name: string): Promise<number> {
  let info: { size: number; isFile(): boolean }
  try {
    info = await deps.stat(path)
  } catch {
    throw new AppError(IPC_ERROR_KEYS.fileReadFailed, { fileName: name })
  }
  if (!info.isFile()) throw new AppError(IPC_ERROR_KEYS.fileReadFailed, { fileName: name })
  return info.size
}

async function readOrFail(deps: FileOpenDeps, path: string, name: string): Promise<Uint8Array> {
  try {
    return await deps.readFile(path)
  } catch {
    throw new AppError(IPC_ERROR_KEYS.fileReadFailed, { fileName: name })
  }
}

/**
 * A copy that owns its buffer: Node may hand out a view on a larger pooled buffer, and IPC
 * would then copy the whole pool.
 */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

export function createFileOpenHandler(deps: FileOpenDeps): IpcHandlers['file-open'] {
  return async ({ filters, maxBytes }) => {
    const choice = await deps.showOpenDialog({ filters, properties: ['openFile'] })
    const path = choice.filePaths[0]
    if (choice.canceled || !path) return null
    const name = basename(path)
    const tooLarge = new AppError(IPC_ERROR_KEYS.fileTooLarge, { fileName: name, maxBytes })
    if ((await statOrFail(deps, path, name)) > maxBytes) throw tooLarge
    const bytes = await readOrFail(deps, path, name)
    // The file may have grown between stat and read
    if (bytes.byteLength > maxBytes) throw tooLarge
    return { name, bytes: ownBytes(bytes) }
  }
}
