// Write a file so that readers see the old content or the new one, never half of it:
// temp file in the same folder, fsync, rename over the target, fsync the folder.
// On any failure the temp file is removed and the error rethrown.
import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export interface AtomicFileHandle {
  /** Writes all of it (FileHandle.write may write only part). */
  writeFile(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The node:fs/promises functions used; tests inject failing ones. */
export interface AtomicFs {
  open(path: string, flags: string): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

async function writeAll(handle: AtomicFileHandle, bytes: Uint8Array): Promise<void> {
  try {
    await handle.writeFile(bytes)
  } finally {
    await handle.close()
  }
}

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    await handle.sync().finally(() => handle.close())
  } catch {
    // Windows cannot open a folder for fsync; the rename is already done, nothing to undo
  }
}

/** A hidden temp path beside the target, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)
}

/**
 * The same guarantee for writers that stream (large exports): `write` creates and fills the temp
 * file (with the 'wx' flag), then it is synced and renamed over the target. A failure or a
 * cancellation anywhere leaves no temp file and the old target intact.
 */
export async function replaceFileAtomic(
  fs: AtomicFs,
  target: string,
  write: (tempPath: string) => Promise<void>
): Promise<void> {
  const temp = tempPathFor(target)
  try {
    await write(temp)
    const handle = await fs.open(temp, 'r+')
    await handle.sync().finally(() => handle.close())
    await fs.rename(temp, target)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(fs, dirname(target))
}

export async function writeFileAtomic(
  fs: AtomicFs,
  target: string,
  data: Uint8Array | string
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  // 'wx' refuses to follow or reuse an existing path
  await replaceFileAtomic(fs, target, async (temp) => writeAll(await fs.open(temp, 'wx'), bytes))
}
