// A recording stand-in for the `electron` module, good enough to run the BUILT main process
// (out/main/index.js) in Node: app lifecycle with Electron's quit rules, BrowserWindow,
// webContents, protocol, ipcMain, Menu, dialog, shell, session, Notification, clipboard, screen.
// The quit rules copied from Electron (browser.cc): before-quit can be prevented; a window whose
// close is prevented during a quit cancels the quit; window-all-closed is emitted only when no
// quit is under way, and an app without a listener for it quits.
import { EventEmitter } from 'node:events'
import { mkdirSync } from 'node:fs'

export class FakeEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export interface MenuItemTemplate {
  id?: string
  label?: string
  role?: string
  type?: string
  accelerator?: string
  enabled?: boolean
  submenu?: MenuItemTemplate[]
  click?: () => void
}

export interface SenderEvent {
  senderFrame: { url: string; parent: object | null } | null
}
type InvokeListener = (event: SenderEvent, payload: unknown) => Promise<unknown>
type ProtocolHandler = (request: Request) => Promise<Response>

export interface FakeElectronOptions {
  /** Where app.getPath('appData') points (a temporary folder). */
  appData: string
  locale?: string
  /** What the page does when main sends it an event (the test plays the renderer). */
  page?: (contents: FakeWebContents, channel: string, args: unknown[]) => void
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
export type FakeSession = ReturnType<FakeElectron['createSession']>

export interface FakeWebContents extends EventEmitter {
  session: FakeSession
  sent: { channel: string; args: unknown[] }[]
  replaced: string[]
}

export interface FakeWindow extends EventEmitter {
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }
  readonly webContents: FakeWebContents
  url: string
  /** What the taskbar shows: -1 none, 0–1 a fraction, above 1 indeterminate (Electron's rule). */
  progress: number
  getTitle(): string
  close(): void
}

export function createFakeElectron(options: FakeElectronOptions) {
  const log: string[] = []
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['documents', `${options.appData}/Documents`],
    ['temp', `${options.appData}/tmp`]
  ])
  const ipcHandlers = new Map<string, InvokeListener>()
  const protocolHandlers = new Map<string, ProtocolHandler>()
  const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = []
  const popups: { template: MenuItemTemplate[] }[] = []
  const clipboardTexts: string[] = []
  const opened: string[] = []
  const windows: FakeWindow[] = []
  let applicationMenu: { template: MenuItemTemplate[] } | null = null
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))

  function createSession(name: string) {
    return {
      name,
      downloadUrls: [] as string[],
      spellcheckLanguages: [] as string[],
      addedWords: [] as string[],
      availableSpellCheckerLanguages: ['en-CA', 'en-US', 'fr', 'fr-FR'],
      setPermissionRequestHandler: () => log.push(`${name}.setPermissionRequestHandler`),
      setPermissionCheckHandler: () => log.push(`${name}.setPermissionCheckHandler`),
      setSpellCheckerDictionaryDownloadURL(url: string) {
        log.push(`${name}.setSpellCheckerDictionaryDownloadURL`)
        this.downloadUrls.push(url)
      },
      setSpellCheckerLanguages(languages: string[]) {
        this.spellcheckLanguages = languages
      },
      addWordToSpellCheckerDictionary(word: string) {
        this.addedWords.push(word)
        return true
      }
    }
  }
  const defaultSession = createSession('defaultSession')

  class FakeApp extends EventEmitter {
    isPackaged = true
    quitting = false
    exitCode: number | null = null
    name = 'relais'
    setName(name: string) {
      this.name = name
    }
    getName() {
      return this.name
    }
    setPath(name: string, value: string) {
      paths.set(name, value)
    }
    getPath(name: string): string {
      const path = paths.get(name)
      if (!path) throw new Error(`fake electron: no path ${name}`)
      return path
    }
    getVersion = () => '0.1.0'
    getLocale = () => options.locale ?? 'en-US'
    enableSandbox = () => log.push('app.enableSandbox')
    requestSingleInstanceLock = () => true
    whenReady = () => ready
    quit(): void {
      log.push('app.quit')
      if (this.exitCode !== null) return
      const beforeQuit = new FakeEvent()
      this.emit('before-quit', beforeQuit)
      if (beforeQuit.defaultPrevented) return
      this.quitting = true
      for (const window of [...windows]) {
        window.close()
        if (!this.quitting) return // a window refused to close: Electron cancels the quit
      }
      if (windows.length === 0) this.allWindowsClosedWhileQuitting()
    }
    allWindowsClosedWhileQuitting(): void {
      const willQuit = new FakeEvent()
      this.emit('will-quit', willQuit)
      this.quitting = false
      if (willQuit.defaultPrevented) return
      this.emit('quit')
      this.exitCode = 0
    }
    exit(code = 0) {
      this.exitCode = code
    }
  }
  const app = new FakeApp()

  class FakeWebContentsImpl extends EventEmitter {
    session = defaultSession
    sent: { channel: string; args: unknown[] }[] = []
    replaced: string[] = []
    windowOpenHandler: unknown = null
    send(channel: string, ...args: unknown[]) {
      this.sent.push({ channel, args })
      options.page?.(this, channel, args)
    }
    setWindowOpenHandler(handler: unknown) {
      this.windowOpenHandler = handler
    }
    replaceMisspelling(word: string) {
      this.replaced.push(word)
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => [...windows]
    webContents = new FakeWebContentsImpl()
    url = ''
    visible = false
    destroyed = false
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super()
      this.title = String(options.title)
      log.push('new BrowserWindow')
      windows.push(this)
      app.emit('browser-window-created', new FakeEvent(), this)
      app.emit('web-contents-created', new FakeEvent(), this.webContents)
    }
    loadURL(url: string) {
      this.url = url
      queueMicrotask(() => this.emit('ready-to-show'))
      return Promise.resolve()
    }
    show = () => void (this.visible = true)
    focus = () => undefined
    maximize = () => undefined
    restore = () => undefined
    isMaximized = () => false
    isMinimized = () => false
    isDestroyed = () => this.destroyed
    title = ''
    progress = -1
    getTitle = () => this.title
    setTitle = (title: string) => void (this.title = title)
    setProgressBar = (progress: number) => void (this.progress = progress)
    getNormalBounds = () => ({ x: 10, y: 10, width: 1200, height: 800 })
    close(): void {
      if (this.destroyed) return
      const event = new FakeEvent()
      this.emit('close', event)
      if (event.defaultPrevented) {
        app.quitting = false // Browser::OnWindowCloseCancelled
        return
      }
      this.destroyed = true
      windows.splice(windows.indexOf(this), 1)
      this.webContents.emit('destroyed')
      this.emit('closed')
      if (windows.length > 0) return
      if (app.quitting) app.allWindowsClosedWhileQuitting()
      else if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
      else app.quit()
    }
  }

  class FakeNotification {
    static isSupported = () => true
    constructor(readonly options: { title: string; body: string }) {}
    show = () => log.push(`notification ${this.options.title}`)
  }

  // Typed loosely on purpose: main sees it as `electron`; the classes' static sides cannot be named
  const module: Record<string, unknown> = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof privilegedSchemes) => {
        log.push('protocol.registerSchemesAsPrivileged')
        privilegedSchemes.push(...schemes)
      },
      handle: (scheme: string, handler: ProtocolHandler) => void protocolHandlers.set(scheme, handler)
    },
    ipcMain: {
      handle: (channel: string, listener: InvokeListener) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
        ipcHandlers.set(channel, listener)
      }
    },
    Menu: {
      buildFromTemplate: (template: MenuItemTemplate[]) => ({
        template,
        popup: () => void popups.push({ template })
      }),
      setApplicationMenu: (menu: { template: MenuItemTemplate[] }) => void (applicationMenu = menu)
    },
    dialog: {
      showErrorBox: (title: string) => log.push(`dialog.showErrorBox ${title}`),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] })
    },
    shell: {
      openExternal: async (url: string) => void opened.push(url)
    },
    session: { defaultSession },
    clipboard: { writeText: (text: string) => void clipboardTexts.push(text) }
  }

  return {
    module,
    app,
    log,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    popups,
    clipboardTexts,
    opened,
    windows,
    defaultSession,
    createSession,
    applicationMenu: () => applicationMenu,
    /** Electron creates the profile folder and the default session, then the app is ready. */
    fireReady(): void {
      mkdirSync(app.getPath('userData'), { recursive: true })
      app.emit('session-created', defaultSession)
      app.emit('ready')
      markReady()
    }
  }
}
