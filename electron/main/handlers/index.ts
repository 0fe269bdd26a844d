import type { IpcHandlers } from '@shared/ipc/contract'
import { createAppHandlers, type AppHandlerDeps } from './app'
import { createBackupSaveAsHandler } from './backup-save-as'
import { createBackupHandlers, type BackupDeps } from './backups'
import { createFileOpenHandler, type FileOpenDeps } from './file-open'
import { createFileSaveHandler, type FileSaveDeps } from './file-save'
import { createNotifyHandler, type NotifyHandlerDeps } from './notify'
import { createReportsExportHandler, type ReportsExportDeps } from './reports-export'
import { createOpenExternalHandler, type ShellHandlerDeps } from './shell'

export interface HandlerDeps {
  app: AppHandlerDeps
  shell: ShellHandlerDeps
  fileSave: FileSaveDeps
  fileOpen: FileOpenDeps
  notify: NotifyHandlerDeps
  reportsExport: ReportsExportDeps
  backups: BackupDeps
}

/** Every channel's handler; a channel added to the contract without one fails the type check. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    ...createAppHandlers(deps.app),
    'shell-open-external': createOpenExternalHandler(deps.shell),
    'file-save': createFileSaveHandler(deps.fileSave),
    'file-open': createFileOpenHandler(deps.fileOpen),
    'notify-show': createNotifyHandler(deps.notify),
    'reports-export': createReportsExportHandler(deps.reportsExport),
    ...createBackupHandlers(deps.backups),
    'backup-save-as': createBackupSaveAsHandler(deps.fileSave)
  }
}
