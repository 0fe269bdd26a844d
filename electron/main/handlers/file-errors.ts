import { AppError } from '@shared/errors'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** A write failure as an error the person can act on: free space, pick another folder, or retry. */
export function writeError(error: unknown, fileName: string): AppError {
  const code = errorCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError(IPC_ERROR_KEYS.fileDiskFull, { fileName })
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(IPC_ERROR_KEYS.fileNotWritable, { fileName })
  }
  return new AppError(IPC_ERROR_KEYS.fileWriteFailed, { fileName })
}
