import { describe, expect, it } from 'vitest'
import { createWebPreferences, createWindowOptions } from '../../../electron/main/web-preferences'

describe('createWebPreferences', () => {
  const prefs = createWebPreferences('/app/out/preload/index.js', 'fr')

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
      navigateOnDragDrop: false
    })
  })

  it('loads the built preload and passes the system language', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js')
    expect(prefs.additionalArguments).toEqual(['--relais-system-language=fr'])
    expect(prefs.spellcheck).toBe(true)
  })

  it('puts those preferences on a window titled Relais, shown when ready', () => {
    const options = createWindowOptions({ width: 1000, height: 700 }, prefs)
    expect(options.webPreferences).toBe(prefs)
    expect(options).toMatchObject({ title: 'Relais', show: false, width: 1000, height: 700 })
  })
})
