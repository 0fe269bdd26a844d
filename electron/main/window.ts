// Creates the one BrowserWindow from pure options and reports its bounds when it closes so they
// can be remembered. Navigation guards are installed for every webContents in index.ts.
import { BrowserWindow, screen } from 'electron'
import type { Language } from '@shared/schemas/common'
import { createSecureWindow } from './web-preferences'
import { clampWindowState, type WindowState } from './window-state'

export interface MainWindowDeps {
  preloadPath: string
  /** app://relais/index.html, or the electron-vite dev server in development. */
  url: string
  savedState: WindowState
  systemLanguage: Language
  onClose(state: WindowState): void
}

function currentState(window: BrowserWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds()
  return { x, y, width, height, maximized: window.isMaximized() }
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  const { maximized, ...bounds } = clampWindowState(deps.savedState, areas)
  const window = createSecureWindow(BrowserWindow, bounds, deps.preloadPath, deps.systemLanguage)
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
  window.on('close', () => deps.onClose(currentState(window)))
  void window.loadURL(deps.url)
  return window
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
