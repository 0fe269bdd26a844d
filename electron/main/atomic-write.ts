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
    await handle.sync()
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

export async function writeFileAtomic(
  fs: AtomicFs,
  target: string,
  data: Uint8Array | string
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const folder = dirname(target)
  const temp = join(folder, `.${basename(target)}.${randomUUID()}.tmp`)
  try {
    // 'wx' refuses to follow or reuse an existing path
    await writeAll(await fs.open(temp, 'wx'), bytes)
    await fs.rename(temp, target)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(fs, folder)
}
