// The backup on quit, through the built main process and Electron's quit rules (in the fake):
// the page receives app-before-quit, writes its backup through backup-write-auto, then says
// app-quit-ready. Cmd+Q on macOS must quit (not leave a windowless app in the Dock), and a window
// reopened from the Dock must write its own backup on the next quit.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FakeWebContents } from './fake-electron'
import { loadBuiltMain, OUR_PAGE, startApp, type RunningMain } from './load-built-main'

let main: RunningMain
afterEach(() => main.dispose())

let backupsWritten = 0
/** Plays the renderer: on app-before-quit, write a backup, then tell main it may go on. */
function page(_contents: FakeWebContents, channel: string): void {
  if (channel !== 'app-before-quit') return
  const call = (name: string, payload: unknown) => {
    const handler = main.fake.ipcHandlers.get(name)
    if (!handler) throw new Error(`no handler for ${name}`)
    return handler(OUR_PAGE, payload)
  }
  backupsWritten += 1
  const content = JSON.stringify({ format: 'relais-backup', quit: backupsWritten })
  void call('backup-write-auto', { kind: 'on-quit', content }).then(() => call('app-quit-ready', {}))
}

async function start(platform: NodeJS.Platform): Promise<void> {
  backupsWritten = 0
  main = loadBuiltMain(platform, { page })
  await startApp(main)
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!condition()) throw new Error(`never happened: ${what}`)
}

/** Lets pending file writes and IPC replies finish. */
const settle = () => new Promise((r) => setTimeout(r, 200))

function quitBackups(): { name: string; content: string }[] {
  const folder = join(main.fake.app.getPath('userData'), 'backups')
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('-on-quit.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }))
}

describe('quitting writes a backup, then quits', () => {
  it('macOS: Cmd+Q quits the app for real once the backup is written', async () => {
    await start('darwin')
    main.fake.app.quit() // Cmd+Q: the menu's quit role
    await until(() => main.fake.app.exitCode !== null, 'the app exits')
    expect(main.fake.app.exitCode).toBe(0)
    expect(main.fake.windows).toHaveLength(0)
    expect(quitBackups().map((b) => b.content)).toEqual(['{"format":"relais-backup","quit":1}'])
  })

  it('macOS: closing the window backs up and keeps the app; after a reopen from the Dock, Cmd+Q backs up again', async () => {
    await start('darwin')
    main.fake.windows[0].close() // the red button
    await until(() => main.fake.windows.length === 0, 'the window closes')
    await settle()
    expect(main.fake.app.exitCode).toBeNull() // macOS: still in the Dock
    expect(quitBackups()).toHaveLength(1)

    main.fake.app.emit('activate') // a click on the Dock icon
    await until(() => main.fake.windows.length === 1, 'a window reopens')
    main.fake.app.quit()
    await until(() => main.fake.app.exitCode !== null, 'the app exits')
    expect(quitBackups().map((b) => b.content)).toEqual([
      '{"format":"relais-backup","quit":1}',
      '{"format":"relais-backup","quit":2}'
    ])
  })

  it.each(['linux', 'win32'] as const)(
    '%s: the quit menu item backs up once, then quits',
    async (platform) => {
      await start(platform)
      main.fake.app.quit()
      await until(() => main.fake.app.exitCode !== null, 'the app exits')
      await settle()
      expect(main.fake.app.exitCode).toBe(0)
      expect(quitBackups()).toHaveLength(1)
    }
  )

  it.each(['linux', 'win32'] as const)(
    '%s: closing the window backs up once, then quits',
    async (platform) => {
      await start(platform)
      main.fake.windows[0].close()
      await until(() => main.fake.app.exitCode !== null, 'the app exits')
      await settle()
      expect(quitBackups()).toHaveLength(1)
      expect(backupsWritten).toBe(1)
    }
  )

  it('says it is saving while it waits, and quits after a minute when the page never answers', async () => {
    main = loadBuiltMain('darwin') // a page that ignores app-before-quit
    await startApp(main)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      main.fake.app.quit()
      expect(main.fake.windows[0].webContents.sent.map((m) => m.channel)).toEqual(['app-before-quit'])
      expect(main.fake.windows[0].getTitle()).toBe('Relais — Saving a backup before closing…')
      expect(main.fake.windows[0].progress).toBeGreaterThan(1)
      vi.advanceTimersByTime(59_999)
      expect(main.fake.windows).toHaveLength(1)
      vi.advanceTimersByTime(1)
    } finally {
      vi.useRealTimers()
    }
    await until(() => main.fake.app.exitCode !== null, 'the app exits')
    expect(quitBackups()).toEqual([])
  })

  it('remembers where the window was: a restart opens it there', async () => {
    await start('linux')
    main.fake.app.quit()
    await until(() => main.fake.app.exitCode !== null, 'the app exits')
    const state = readFileSync(join(main.fake.app.getPath('userData'), 'window-state.json'), 'utf8')
    expect(JSON.parse(state)).toEqual({ x: 10, y: 10, width: 1200, height: 800, maximized: false })

    const restart = loadBuiltMain('linux', { page, appData: main.appData })
    try {
      await startApp(restart)
      expect(restart.fake.windows[0].options).toMatchObject({ x: 10, y: 10, width: 1200, height: 800 })
    } finally {
      restart.dispose()
    }
  })
})
