import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFileOpenHandler, type FileOpenDeps } from '../../../electron/main/handlers/file-open'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-open-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function handler(picked: string | undefined, overrides: Partial<FileOpenDeps> = {}) {
  const deps = {
    showOpenDialog: vi.fn<FileOpenDeps['showOpenDialog']>(async () =>
      picked ? { canceled: false, filePaths: [picked] } : { canceled: true, filePaths: [] }
    ),
    stat: vi.fn<FileOpenDeps['stat']>((path) => stat(path)),
    readFile: vi.fn<FileOpenDeps['readFile']>((path) => readFile(path)),
    ...overrides
  }
  return { open: createFileOpenHandler(deps), deps }
}

const filters = [{ name: 'CSV', extensions: ['csv'] }]

describe('file-open', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { open, deps } = handler(undefined)
    expect(await open({ filters, maxBytes: 100 })).toBeNull()
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ filters, properties: ['openFile'] })
    expect(deps.stat).not.toHaveBeenCalled()
  })

  it('returns the name and bytes of the picked file', async () => {
    const path = join(dir, 'contacts.csv')
    await writeFile(path, 'nom;courriel\n')
    const file = await handler(path).open({ filters, maxBytes: 100 })
    expect(file?.name).toBe('contacts.csv')
    expect(file?.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(file?.bytes)).toBe('nom;courriel\n')
  })

  it('refuses a file over the limit without reading it', async () => {
    const path = join(dir, 'huge.csv')
    await writeFile(path, 'x'.repeat(101))
    const { open, deps } = handler(path)
    await expect(open({ filters, maxBytes: 100 })).rejects.toMatchObject({
      key: 'errors.file.tooLarge',
      params: { fileName: 'huge.csv', maxBytes: 100 }
    })
    expect(deps.readFile).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'edge.csv')
    await writeFile(path, 'x'.repeat(100))
    expect((await handler(path).open({ filters, maxBytes: 100 }))?.bytes.byteLength).toBe(100)
  })

  it('refuses a file that grew between the size check and the read', async () => {
    const path = join(dir, 'growing.csv')
    await writeFile(path, 'small')
    const { open } = handler(path, { readFile: async () => new Uint8Array(500) })
    await expect(open({ filters, maxBytes: 100 })).rejects.toMatchObject({ key: 'errors.file.tooLarge' })
  })

  it('reports a folder or a vanished file as unreadable', async () => {
    await expect(handler(dir).open({ filters, maxBytes: 100 })).rejects.toMatchObject({
      key: 'errors.file.readFailed'
    })
    await expect(handler(join(dir, 'gone.csv')).open({ filters, maxBytes: 100 })).rejects.toMatchObject({
      key: 'errors.file.readFailed'
    })
  })
})
