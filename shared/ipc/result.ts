// What crosses the IPC boundary for every call: a value or an error carrying an i18n key.
// Main never lets a rejection escape as a crash; the preload never rejects; the desktop
// Platform turns a failure into an AppError the UI can translate.

export interface IpcError {
  /** i18n key, e.g. "errors.file.writeFailed". */
  key: string
  params?: Record<string, string | number>
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** Every key main or the preload can return; the renderer's catalogues translate them all. */
export const IPC_ERROR_KEYS = {
  untrustedSender: 'errors.ipc.untrustedSender',
  invalidPayload: 'errors.ipc.invalidPayload',
  unknownChannel: 'errors.ipc.unknownChannel',
  failed: 'errors.ipc.failed',
  fileWriteFailed: 'errors.file.writeFailed',
  fileDiskFull: 'errors.file.diskFull',
  fileNotWritable: 'errors.file.notWritable',
  fileReadFailed: 'errors.file.readFailed',
  fileTooLarge: 'errors.file.tooLarge',
  shellInvalidUrl: 'errors.shell.invalidUrl',
  shellOpenFailed: 'errors.shell.openFailed'
} as const

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function ipcFail(key: string, params?: Record<string, string | number>): IpcResult<never> {
  return params ? { ok: false, error: { key, params } } : { ok: false, error: { key } }
}
