// The Platform on the desktop: every call goes through window.relais to main. A refusal or a
// failure in main ({ ok: false, error }) is thrown as an AppError carrying the i18n key, which
// the UI translates and shows like any other user-facing error.
import { AppError } from '@shared/errors'
import type { IpcChannel } from '@shared/ipc/channels'
import type { IpcRequest, IpcResponse, RelaisBridge } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import type { Platform } from './Platform'

async function call<K extends IpcChannel>(
  bridge: RelaisBridge,
  channel: K,
  request: IpcRequest<K>
): Promise<IpcResponse<K>> {
  const result = await bridge.invoke(channel, request)
  if (!result.ok) throw new AppError(result.error.key, result.error.params)
  return result.value
}

export function createDesktopPlatform(bridge: RelaisBridge): Platform {
  return {
    kind: 'desktop',
    saveFile: ({ suggestedName, filterName, extensions, content }) =>
      call(bridge, 'file-save', { suggestedName, filters: [{ name: filterName, extensions }], content }),
    exportReport: async (request, onProgress) => {
      const unsubscribe = onProgress ? bridge.onExportProgress(onProgress) : () => {}
      try {
        return await call(bridge, 'reports-export', request)
      } finally {
        unsubscribe()
      }
    },
    saveBackup: (suggestedName, content) => call(bridge, 'backup-save-as', { suggestedName, content }),
    backups: {
      list: () => call(bridge, 'backup-list', undefined),
      write: (kind, content) => call(bridge, 'backup-write-auto', { kind, content }),
      read: async (name) => (await call(bridge, 'backup-read', { name })).content
    },
    openFile: ({ filterName, extensions, maxBytes }) =>
      call(bridge, 'file-open', { filters: [{ name: filterName, extensions }], maxBytes }),
    notify: async (title, body) => (await call(bridge, 'notify-show', { title, body })).shown,
    notificationPermission: () => 'granted',
    requestNotificationPermission: async () => 'granted',
    openExternal: async (url) => {
      const { opened } = await call(bridge, 'shell-open-external', { url })
      if (!opened) throw new AppError(IPC_ERROR_KEYS.shellOpenFailed)
    },
    setLanguage: (language) => call(bridge, 'app-set-language', { language }),
    appVersion: async () => (await call(bridge, 'app-get-info', undefined)).version,
    systemLanguage: () => bridge.systemLanguage,
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onBeforeQuit: (listener) => bridge.onBeforeQuit(listener),
    quitReady: () => call(bridge, 'app-quit-ready', {})
  }
}
