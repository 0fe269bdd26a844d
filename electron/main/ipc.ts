// Registers one handler per channel of the contract. Each call: sender check, then zod parse,
// then the handler; any refusal or failure returns { ok: false, error: { key } } instead of
// throwing, so the renderer always gets a value it can show.
import type { z } from 'zod'
import { IPC_CHANNELS, type IpcChannel } from '@shared/ipc/channels'
import { ipcContract as c, type IpcHandlers } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS, ipcFail, ipcOk, type IpcResult } from '@shared/ipc/result'
import { isAppError } from '@shared/errors'
import type { SenderEvent } from './trusted-sender'

type InvokeListener = (event: SenderEvent, payload: unknown) => Promise<IpcResult<unknown>>

/** The part of ipcMain used here; Electron's ipcMain satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void
}

export interface IpcLog {
  warn(message: string, detail?: unknown): void
}

interface Guard {
  isTrusted(event: SenderEvent): boolean
  log: IpcLog
}

function toFailure(channel: IpcChannel, error: unknown, log: IpcLog): IpcResult<never> {
  if (isAppError(error)) return ipcFail(error.key, error.params)
  log.warn(`ipc: handler for ${channel} failed`, error)
  return ipcFail(IPC_ERROR_KEYS.failed)
}

/** zod itself can throw on exotic input (a typed array where a string is expected): still a refusal. */
function safeParse<S extends z.ZodType>(
  schema: S,
  payload: unknown
): { success: true; data: z.output<S> } | { success: false } {
  try {
    return schema.safeParse(payload)
  } catch {
    return { success: false }
  }
}

function createListener<S extends z.ZodType, R>(
  channel: IpcChannel,
  schema: S,
  handler: (request: z.output<S>) => Promise<R>,
  guard: Guard
): InvokeListener {
  return async (event, payload) => {
    if (!guard.isTrusted(event)) {
      guard.log.warn(`ipc: refused ${channel} from an untrusted sender`)
      return ipcFail(IPC_ERROR_KEYS.untrustedSender)
    }
    const parsed = safeParse(schema, payload)
    if (!parsed.success) return ipcFail(IPC_ERROR_KEYS.invalidPayload)
    try {
      return ipcOk(await handler(parsed.data))
    } catch (error) {
      return toFailure(channel, error, guard.log)
    }
  }
}

// Spelled out per channel so each schema meets its own handler's type (a generic lookup would
// widen both to unions); the Record type makes a missing or extra channel a type error.
function createListeners(h: IpcHandlers, g: Guard): Record<IpcChannel, InvokeListener> {
  return {
    'app-get-info': createListener('app-get-info', c['app-get-info'].request, h['app-get-info'], g),
    'app-quit-ready': createListener('app-quit-ready', c['app-quit-ready'].request, h['app-quit-ready'], g),
    'app-set-language': createListener(
      'app-set-language',
      c['app-set-language'].request,
      h['app-set-language'],
      g
    ),
    'shell-open-external': createListener(
      'shell-open-external',
      c['shell-open-external'].request,
      h['shell-open-external'],
      g
    ),
    'file-save': createListener('file-save', c['file-save'].request, h['file-save'], g),
    'file-open': createListener('file-open', c['file-open'].request, h['file-open'], g),
    'notify-show': createListener('notify-show', c['notify-show'].request, h['notify-show'], g),
    'reports-export': createListener('reports-export', c['reports-export'].request, h['reports-export'], g),
    'backup-list': createListener('backup-list', c['backup-list'].request, h['backup-list'], g),
    'backup-write-auto': createListener(
      'backup-write-auto',
      c['backup-write-auto'].request,
      h['backup-write-auto'],
      g
    ),
    'backup-read': createListener('backup-read', c['backup-read'].request, h['backup-read'], g),
    'backup-save-as': createListener('backup-save-as', c['backup-save-as'].request, h['backup-save-as'], g)
  }
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  isTrusted: (event: SenderEvent) => boolean,
  log: IpcLog = console
): void {
  const listeners = createListeners(handlers, { isTrusted, log })
  for (const channel of IPC_CHANNELS) ipcMain.handle(channel, listeners[channel])
}
