import { AppError } from '@shared/errors'
import type { IpcHandlers } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import { toExternalUrl } from '../external-url'

export interface ShellHandlerDeps {
  openExternal(url: string): Promise<void>
}

export function createOpenExternalHandler(deps: ShellHandlerDeps): IpcHandlers['shell-open-external'] {
  return async ({ url }) => {
    const safe = toExternalUrl(url)
    if (!safe) throw new AppError(IPC_ERROR_KEYS.shellInvalidUrl)
    try {
      await deps.openExternal(safe)
      return { opened: true }
    } catch {
      // No browser or mail client registered for it
      return { opened: false }
    }
  }
}
