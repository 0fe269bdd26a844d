import { describe, expect, it } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import { createSecureWindow } from '../../../electron/main/web-preferences'

class FakeWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createSecureWindow', () => {
  const { options } = createSecureWindow(
    FakeWindow,
    { width: 1000, height: 700 },
    '/app/out/preload/index.js',
    'fr'
  )
  const prefs = options.webPreferences

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('adds nothing that would loosen it', () => {
    expect(prefs?.enableBlinkFeatures).toBeUndefined()
    expect(prefs?.additionalArguments).toEqual(['--relais-system-language=fr'])
  })

  it('loads the built preload, with spellcheck on', () => {
    expect(prefs?.preload).toBe('/app/out/preload/index.js')
    expect(prefs?.spellcheck).toBe(true)
  })

  it('opens a window titled Relais, shown once ready, at the given bounds', () => {
    expect(options).toMatchObject({ title: 'Relais', show: false, width: 1000, height: 700 })
  })
})
