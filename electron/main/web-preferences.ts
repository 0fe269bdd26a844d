// The one BrowserWindow's options. The constructor is injected so a unit test can capture the
// options, and the literal sits inside `new BrowserWindow({...})` so Electronegativity can read it.
import type { BrowserWindowConstructorOptions } from 'electron'
import type { Language } from '@shared/schemas/common'
import { APP_NAME, SYSTEM_LANGUAGE_ARG } from './constants'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W

/** The renderer gets no Node, no webviews, an isolated, sandboxed preload and the web's rules. */
export function createSecureWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  bounds: WindowBounds,
  preloadPath: string,
  systemLanguage: Language
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
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
      // Middle-click would try to open a new window; the open handler denies it anyway
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      additionalArguments: [`${SYSTEM_LANGUAGE_ARG}${systemLanguage}`]
    }
  })
}
