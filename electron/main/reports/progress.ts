import type { ExportProgress } from '@shared/ipc/contract'

/** Rows written between two progress reports and two pauses that let the file stream drain. */
export const PROGRESS_EVERY_ROWS = 5_000

export type ProgressListener = (progress: ExportProgress) => void

/** Yields to the event loop so queued writes reach the disk and memory stays flat. */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
