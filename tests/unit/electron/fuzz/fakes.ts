// The real IPC handlers wired to fakes of the dialog, shell, notifications and file system, which
// record every effect: what the fuzz test checks after each payload.
import { basename, dirname, join } from 'node:path'
import type { HandlerDeps } from '../../../../electron/main/handlers'

export type Effect =
  | { type: 'dialog'; defaultPath?: string; returned: string }
  | { type: 'write' | 'read' | 'unlink' | 'mkdir'; path: string }
  | { type: 'open-external'; url: string }
  | { type: 'set-language'; language: unknown }
  | { type: 'quit-ready' }
  | { type: 'notify'; title: unknown; body: unknown }

export const DOCUMENTS = '/home/ana/Documents'
export const BACKUPS = '/profile/backups'
export const STORED_BACKUP = 'relais-2026-11-25T14-30-05-123Z-daily.json'

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

export function fakeDeps(effects: Effect[]): HandlerDeps {
  const files = new Map<string, string | Uint8Array>([
    [join(BACKUPS, STORED_BACKUP), '{"format":"relais-backup"}'],
    ['/profile/secret', 'do not read'],
    ['/etc/passwd', 'root:x:0:0']
  ])
  let dialogs = 0
  let clock = Date.UTC(2026, 10, 25, 9)
  const chosen = (defaultPath?: string) => {
    const returned = join(DOCUMENTS, `choisi-${++dialogs}.out`)
    effects.push({ type: 'dialog', defaultPath, returned })
    return returned
  }
  const write = async (path: string, data: string | Uint8Array) => {
    effects.push({ type: 'write', path })
    files.set(path, data)
  }
  const stat = async (path: string) => {
    const data = files.get(path)
    if (data === undefined) throw enoent(path)
    return { size: data.length, isFile: () => true }
  }
  const showSaveDialog = async ({ defaultPath }: { defaultPath: string }) => ({
    canceled: false,
    filePath: chosen(defaultPath)
  })
  return {
    app: {
      version: '0.1.0',
      platform: 'linux',
      systemLanguage: 'fr',
      setLanguage: (language) => void effects.push({ type: 'set-language', language }),
      quitReady: () => void effects.push({ type: 'quit-ready' })
    },
    shell: { openExternal: async (url) => void effects.push({ type: 'open-external', url }) },
    fileSave: { showSaveDialog, writeFileAtomic: write, defaultFolder: () => DOCUMENTS },
    fileOpen: {
      showOpenDialog: async () => {
        const path = chosen()
        files.set(path, new Uint8Array([1, 2, 3]))
        return { canceled: false, filePaths: [path] }
      },
      stat,
      readFile: async (path) => {
        effects.push({ type: 'read', path })
        const data = files.get(path)
        if (!(data instanceof Uint8Array)) throw enoent(path)
        return data
      }
    },
    notify: {
      isSupported: () => true,
      show: (title, body) => void effects.push({ type: 'notify', title, body })
    },
    reportsExport: {
      showSaveDialog,
      defaultFolder: () => DOCUMENTS,
      writeXlsx: (_sheets, path) => write(path, 'xlsx'),
      writeCsv: (_sheet, path) => write(path, 'csv'),
      replaceFileAtomic: async (target, writeTemp) => {
        await writeTemp(join(dirname(target), `.${basename(target)}.tmp`))
        effects.push({ type: 'write', path: target })
      },
      sendProgress: () => undefined
    },
    backups: {
      folder: () => BACKUPS,
      now: () => new Date((clock += 1000)),
      mkdir: async (path) => void effects.push({ type: 'mkdir', path }),
      readdir: async (path) => [...files.keys()].filter((f) => dirname(f) === path).map((f) => basename(f)),
      stat,
      readFile: async (path) => {
        effects.push({ type: 'read', path })
        const data = files.get(path)
        if (typeof data !== 'string') throw enoent(path)
        return new TextEncoder().encode(data)
      },
      unlink: async (path) => {
        effects.push({ type: 'unlink', path })
        files.delete(path)
      },
      writeFileAtomic: write
    }
  }
}
