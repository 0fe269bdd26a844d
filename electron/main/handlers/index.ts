import type { IpcHandlers } from '@shared/ipc/contract'
import { createAppHandlers, type AppHandlerDeps } from './app'
import { createFileOpenHandler, type FileOpenDeps } from './file-open'
import { createFileSaveHandler, type FileSaveDeps } from './file-save'
import { createNotifyHandler, type NotifyHandlerDeps } from './notify'
import { createOpenExternalHandler, type ShellHandlerDeps } from './shell'

export interface HandlerDeps {
  app: AppHandlerDeps
  shell: ShellHandlerDeps
  fileSave: FileSaveDeps
  fileOpen: FileOpenDeps
  notify: NotifyHandlerDeps
}

/** Every channel's handler; a channel added to the contract without one fails the type check. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    ...createAppHandlers(deps.app),
    'shell-open-external': createOpenExternalHandler(deps.shell),
    'file-save': createFileSaveHandler(deps.fileSave),
    'file-open': createFileOpenHandler(deps.fileOpen),
    'notify-show': createNotifyHandler(deps.notify)
  }
}
