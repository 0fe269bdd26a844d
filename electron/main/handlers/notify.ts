import type { IpcHandlers } from '@shared/ipc/contract'

export interface NotifyHandlerDeps {
  isSupported(): boolean
  show(title: string, body: string): void
}

export function createNotifyHandler(deps: NotifyHandlerDeps): IpcHandlers['notify-show'] {
  return async ({ title, body }) => {
    if (!deps.isSupported()) return { shown: false }
    deps.show(title, body)
    return { shown: true }
  }
}
