import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { Language } from '@shared/schemas/common'
import { APP_NAME, SYSTEM_LANGUAGE_ARG } from './constants'

/** The renderer gets no Node, no webviews, an isolated, sandboxed preload and the web's rules. */
export function createWebPreferences(preloadPath: string, systemLanguage: Language): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    additionalArguments: [`${SYSTEM_LANGUAGE_ARG}${systemLanguage}`]
  }
}

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export function createWindowOptions(
  bounds: WindowBounds,
  webPreferences: WebPreferences
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences
  }
}
