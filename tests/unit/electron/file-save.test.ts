import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '@shared/errors'
import { writeFileAtomic, type AtomicFs } from '../../../electron/main/atomic-write'
import { createFileSaveHandler, type FileSaveDeps } from '../../../electron/main/handlers/file-save'

const realFs: AtomicFs = { open, rename, unlink }

function failure(code: string): Error {
  return Object.assign(new Error(code), { code })
}

/** Writes half the bytes, then fails as a full disk would. */
const diskFullDuringWrite: AtomicFs = {
  ...realFs,
  open: async (path, flags) => {
    const handle = await open(path, flags)
    return {
      writeFile: async (data) => {
        await handle.writeFile(data.subarray(0, data.byteLength / 2))
        throw failure('ENOSPC')
      },
      sync: () => handle.sync(),
      close: () => handle.close()
    }
  }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-save-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function handler(filePath: string | undefined, fs: AtomicFs = realFs) {
  const showSaveDialog = vi.fn<FileSaveDeps['showSaveDialog']>(async () =>
    filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }
  )
  const save = createFileSaveHandler({
    showSaveDialog,
    writeFileAtomic: (path, data) => writeFileAtomic(fs, path, data),
    defaultFolder: () => '/home/me/Documents'
  })
  return { save, showSaveDialog }
}

const request = {
  suggestedName: 'pipeline.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  content: 'é;1\n'
}

describe('file-save', () => {
  it('writes nothing when the dialog is cancelled', async () => {
    const { save, showSaveDialog } = handler(undefined)
    expect(await save(request)).toEqual({ saved: false })
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/me/Documents', 'pipeline.csv'),
      filters: request.filters
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('writes the content at the path the dialog returned', async () => {
    const target = join(dir, 'choisi.csv')
    expect(await handler(target).save(request)).toEqual({ saved: true, fileName: 'choisi.csv' })
    expect(await readFile(target, 'utf8')).toBe('é;1\n')
    expect(await readdir(dir)).toEqual(['choisi.csv'])
  })

  it('writes bytes as they are and replaces an existing file', async () => {
    const target = join(dir, 'rapport.xlsx')
    await writeFile(target, 'old')
    await handler(target).save({ ...request, content: new Uint8Array([0x50, 0x4b, 3, 4]) })
    expect([...(await readFile(target))]).toEqual([0x50, 0x4b, 3, 4])
  })

  it('leaves no partial or temp file when the disk fills up, and says so', async () => {
    const target = join(dir, 'rapport.csv')
    const error = await handler(target, diskFullDuringWrite)
      .save({ ...request, content: 'x'.repeat(10_000) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ key: 'errors.file.diskFull', params: { fileName: 'rapport.csv' } })
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps the old file intact when the final rename fails in a read-only folder', async () => {
    const target = join(dir, 'rapport.csv')
    await writeFile(target, 'previous export')
    const readOnly: AtomicFs = { ...realFs, rename: async () => Promise.reject(failure('EROFS')) }
    await expect(handler(target, readOnly).save(request)).rejects.toMatchObject({
      key: 'errors.file.notWritable'
    })
    expect(await readdir(dir)).toEqual(['rapport.csv'])
    expect(await readFile(target, 'utf8')).toBe('previous export')
  })

  it('reports other failures as a generic write error', async () => {
    const broken: AtomicFs = { ...realFs, open: async () => Promise.reject(failure('EIO')) }
    await expect(handler(join(dir, 'a.csv'), broken).save(request)).rejects.toMatchObject({
      key: 'errors.file.writeFailed'
    })
    expect(await readdir(dir)).toEqual([])
  })
})
