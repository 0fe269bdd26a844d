// window.relais: the contract's channels and the menu commands, nothing else. ipcRenderer itself
// never reaches the page. invoke never rejects: refusals come back as { ok: false, error }.
import {
  BEFORE_QUIT_EVENT,
  EXPORT_PROGRESS_EVENT,
  isIpcChannel,
  isMenuCommand,
  MENU_COMMAND_EVENT,
  type IpcChannel
} from '@shared/ipc/channels'
import type { ExportProgress, IpcRequest, IpcResponse, RelaisBridge } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS, ipcFail, type IpcResult } from '@shared/ipc/result'
import type { Language } from '@shared/schemas/common'
import { SYSTEM_LANGUAGE_ARG } from '../main/constants'

type IpcListener = (event: unknown, ...args: unknown[]) => void

/** The part of ipcRenderer used; Electron's ipcRenderer satisfies it. */
export interface PreloadIpc {
  // Main answers each channel with the contract's reply type (registerIpcHandlers is typed by it)
  invoke<T>(channel: string, request: unknown): Promise<T>
  on(channel: string, listener: IpcListener): unknown
  removeListener(channel: string, listener: IpcListener): unknown
}

export function languageFromArgv(argv: readonly string[]): Language {
  const arg = argv.find((value) => value.startsWith(SYSTEM_LANGUAGE_ARG))
  return arg?.slice(SYSTEM_LANGUAGE_ARG.length) === 'fr' ? 'fr' : 'en'
}

function isNothing(value: unknown): value is undefined {
  return value === undefined
}

function isExportProgress(value: unknown): value is ExportProgress {
  if (typeof value !== 'object' || value === null) return false
  const { written, total } = value as Record<string, unknown>
  return Number.isFinite(written) && Number.isFinite(total)
}

/** Forwards one main → renderer event to a listener when its payload passes the check. */
function subscribe<T>(
  ipc: PreloadIpc,
  event: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void
): () => void {
  const forward: IpcListener = (_event, value) => {
    if (accept(value)) listener(value)
  }
  ipc.on(event, forward)
  return () => {
    ipc.removeListener(event, forward)
  }
}

export function createRelaisBridge(ipc: PreloadIpc, argv: readonly string[]): RelaisBridge {
  return {
    systemLanguage: languageFromArgv(argv),
    async invoke<K extends IpcChannel>(
      channel: K,
      request: IpcRequest<K>
    ): Promise<IpcResult<IpcResponse<K>>> {
      // The page is not trusted to respect the types: check the channel at run time too
      if (!isIpcChannel(channel)) return ipcFail(IPC_ERROR_KEYS.unknownChannel)
      try {
        return await ipc.invoke<IpcResult<IpcResponse<K>>>(channel, request)
      } catch {
        return ipcFail(IPC_ERROR_KEYS.failed)
      }
    },
    onMenuCommand: (listener) => subscribe(ipc, MENU_COMMAND_EVENT, isMenuCommand, listener),
    onBeforeQuit: (listener) => subscribe(ipc, BEFORE_QUIT_EVENT, isNothing, () => listener()),
    onExportProgress: (listener) =>
      subscribe(ipc, EXPORT_PROGRESS_EVENT, isExportProgress, (p) =>
        listener({ written: p.written, total: p.total })
      )
  } satisfies RelaisBridge
}
