// Wiring only: every decision lives in a plain module with its own tests.
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  session,
  shell
} from 'electron'
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { BEFORE_QUIT_EVENT, EXPORT_PROGRESS_EVENT, MENU_COMMAND_EVENT } from '@shared/ipc/channels'
import type { Language } from '@shared/schemas/common'
import { createAppProtocolHandler, APP_SCHEME_PRIVILEGES } from './app-protocol'
import { replaceFileAtomic, writeFileAtomic, type AtomicFs } from './atomic-write'
import { APP_ENTRY_URL, APP_NAME, APP_SCHEME } from './constants'
import { createIpcHandlers } from './handlers'
import { registerIpcHandlers } from './ipc'
import { languageFromLocale } from './language'
import { MAIN_MESSAGES } from './messages'
import { buildMenuTemplate } from './menu/template'
import { guardWebContents } from './navigation'
import { trustedOrigins } from './origins'
import { installPermissionHandlers } from './permissions'
import { checkProfile, stampProfile } from './profile-guard'
import { createSenderCheck } from './trusted-sender'
import { createQuitGuard } from './quitBackup'
import { resolveUserDataDir } from './user-data'
import { writeCsvReport } from './reports/csv-writer'
import { writeXlsxReport } from './reports/xlsx-writer'
import { attachContextMenu } from './menu/attach-context-menu'
import { followAppLanguage, turnOffDictionaryDownload } from './spellcheck'
import { createMainWindow, focusWindow } from './window'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'

const fs: AtomicFs = { open, rename, unlink }
const writeAtomic = (path: string, data: Uint8Array | string): Promise<void> =>
  writeFileAtomic(fs, path, data)
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = trustedOrigins(devServerUrl)
const openExternal = (url: string): void => void shell.openExternal(url).catch(() => undefined)

let mainWindow: BrowserWindow | null = null
let language: Language = 'en'
let pendingStateSave: Promise<void> | null = null

// Before ready: frozen name and profile folder, privileged scheme, sandbox everywhere
app.setName(APP_NAME)
app.setPath('userData', resolveUserDataDir(app.getPath('appData'), process.env))
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
app.enableSandbox()
app.on('session-created', turnOffDictionaryDownload)

const stateFile = (): string => join(app.getPath('userData'), 'window-state.json')
const textFs = { readFile: (path: string) => readFile(path, 'utf8'), writeFileAtomic: writeAtomic }

function rebuildMenu(): void {
  const send = (command: string): void => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command)
  const isMac = process.platform === 'darwin'
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ language, isMac, isDev: !app.isPackaged, send }))
  )
}

function rememberWindow(state: WindowState): void {
  pendingStateSave = saveWindowState(textFs, stateFile(), state).catch((error: unknown) => {
    console.warn('window state not saved', error)
  })
}

function registerHandlers(systemLanguage: Language): void {
  const parent = (): BrowserWindow | undefined => mainWindow ?? undefined
  const showSaveDialog = (options: Electron.SaveDialogOptions) => {
    const window = parent()
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
  }
  const defaultFolder = () => app.getPath('documents')
  const handlers = createIpcHandlers({
    app: {
      version: app.getVersion(),
      platform: process.platform,
      systemLanguage,
      setLanguage: (next) => {
        language = next
        rebuildMenu()
        followAppLanguage(session.defaultSession, next)
      },
      quitReady: () => quitGuard.ready()
    },
    shell: { openExternal: (url) => shell.openExternal(url) },
    fileSave: { showSaveDialog, writeFileAtomic: writeAtomic, defaultFolder },
    fileOpen: {
      showOpenDialog: (options) => {
        const window = parent()
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
      },
      stat: (path) => stat(path),
      readFile: (path) => readFile(path)
    },
    notify: {
      isSupported: () => Notification.isSupported(),
      show: (title, body) => new Notification({ title, body }).show()
    },
    reportsExport: {
      showSaveDialog,
      defaultFolder,
      writeXlsx: writeXlsxReport,
      writeCsv: writeCsvReport,
      replaceFileAtomic: (target, write) => replaceFileAtomic(fs, target, write),
      sendProgress: (progress) => mainWindow?.webContents.send(EXPORT_PROGRESS_EVENT, progress)
    },
    backups: {
      folder: () => join(app.getPath('userData'), 'backups'),
      now: () => new Date(),
      mkdir: async (path) => void (await mkdir(path, { recursive: true })),
      readdir: (path) => readdir(path),
      stat: (path) => stat(path),
      readFile: (path) => readFile(path),
      unlink: (path) => unlink(path),
      writeFileAtomic: writeAtomic
    }
  })
  registerIpcHandlers(ipcMain, handlers, createSenderCheck(origins))
}

const quitGuard = createQuitGuard({
  requestBackup: () => mainWindow?.webContents.send(BEFORE_QUIT_EVENT),
  quitApp: () => app.quit(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  showSaving: (saving) => showQuitSaving(saving)
})

/** The title bar and the taskbar's indeterminate progress say the window is saving before it closes. */
let titleBeforeSaving = ''
function showQuitSaving(saving: boolean): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (saving) titleBeforeSaving = mainWindow.getTitle()
  mainWindow.setTitle(saving ? MAIN_MESSAGES[language].quitSaving : titleBeforeSaving)
  mainWindow.setProgressBar(saving ? 2 : -1)
}

async function openMainWindow(systemLanguage: Language): Promise<void> {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    url: devServerUrl ?? APP_ENTRY_URL,
    savedState: await loadWindowState(textFs, stateFile()),
    systemLanguage,
    onClose: rememberWindow
  })
  const window = mainWindow
  attachContextMenu(window, () => language)
  quitGuard.windowOpened(() => window.close())
  window.on('close', (event) => {
    if (!quitGuard.allowClose()) event.preventDefault()
  })
  window.on('closed', () => {
    quitGuard.windowClosed()
    mainWindow = null
  })
}

/** False (after telling the person) when the profile was written by a newer Relais or Electron. */
async function profileIsUsable(systemLanguage: Language): Promise<boolean> {
  const current = { appVersion: app.getVersion(), electronVersion: process.versions.electron ?? '0' }
  const file = join(app.getPath('userData'), 'profile-version.json')
  const profileFs = {
    ...textFs,
    profileHasData: async () =>
      (await readdir(join(app.getPath('userData'), 'IndexedDB')).catch(() => [])).length > 0
  }
  const check = await checkProfile(profileFs, file, current)
  if (check === 'ok') return true
  const messages = MAIN_MESSAGES[systemLanguage]
  if (check === 'newer') {
    dialog.showErrorBox(messages.profileNewerTitle, messages.profileNewerBody)
    return false
  }
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: messages.profileUnknownTitle,
    message: messages.profileUnknownTitle,
    detail: messages.profileUnknownBody,
    buttons: [messages.profileUnknownQuit, messages.profileUnknownOpen],
    defaultId: 0,
    cancelId: 0
  })
  if (response !== 1) return false
  await stampProfile(profileFs, file, current)
  return true
}

async function start(): Promise<void> {
  await app.whenReady()
  const systemLanguage = languageFromLocale(app.getLocale())
  language = systemLanguage
  if (!(await profileIsUsable(systemLanguage))) {
    app.quit()
    return
  }
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: join(__dirname, '../renderer'), readFile }))
  installPermissionHandlers(session.defaultSession, origins)
  turnOffDictionaryDownload(session.defaultSession)
  followAppLanguage(session.defaultSession, language)
  registerHandlers(systemLanguage)
  rebuildMenu()
  await openMainWindow(systemLanguage)
  app.on('activate', () => {
    if (!mainWindow) void openMainWindow(systemLanguage)
  })
}

// Two instances would fight over the IndexedDB (LevelDB) lock: the second one hands over and quits
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { origins, openExternal }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', (event) => {
    if (!quitGuard.allowQuit()) event.preventDefault()
  })
  app.on('will-quit', (event) => {
    const pending = pendingStateSave
    if (!pending) return
    event.preventDefault()
    pendingStateSave = null
    void pending.finally(() => app.quit())
  })
  start().catch((error: unknown) => {
    console.error('Relais failed to start', error)
    app.exit(1)
  })
}
