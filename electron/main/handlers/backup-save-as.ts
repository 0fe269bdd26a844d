import type { IpcHandlers } from '@shared/ipc/contract'
import { createFileSaveHandler, type FileSaveDeps } from './file-save'

/** A backup saved where the person chooses: the file-save flow with a JSON filter and a larger limit. */
export function createBackupSaveAsHandler(deps: FileSaveDeps): IpcHandlers['backup-save-as'] {
  const save = createFileSaveHandler(deps)
  return ({ suggestedName, content }) =>
    save({ suggestedName, content, filters: [{ name: 'JSON', extensions: ['json'] }] })
}
