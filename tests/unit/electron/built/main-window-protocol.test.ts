// The built main process under the fake `electron`: the window it opens and what app:// serves.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUILT_PRELOAD, BUILT_RENDERER, loadBuiltMain, startApp, type RunningMain } from './load-built-main'

let main: RunningMain
beforeEach(async () => {
  main = loadBuiltMain('linux')
  await startApp(main)
})
afterEach(() => main.dispose())

function serve(url: string, method = 'GET'): Promise<Response> {
  const handler = main.fake.protocolHandlers.get('app')
  if (!handler) throw new Error('app:// has no handler')
  // Electron hands over the URL as the page asked for it; Node's Request refuses credentials in it
  return handler({ url, method } as Request)
}

/** The local files index.html loads: script src and link href, without data: URLs. */
function referencedFiles(): string[] {
  const html = readFileSync(join(BUILT_RENDERER, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map((m) => m[1])
  return refs.filter((ref) => !ref.startsWith('data:')).map((ref) => ref.replace(/^\.\//, ''))
}

describe('the window', () => {
  it('is sandboxed and isolated, without Node, with the built preload, on app://relais', () => {
    const [window] = main.fake.windows
    const prefs = window.options.webPreferences ?? {}
    expect(prefs.sandbox).toBe(true)
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.preload).toBe(resolve(BUILT_PRELOAD))
    expect(existsSync(String(prefs.preload))).toBe(true)
    expect(window.url).toBe('app://relais/index.html')
    expect(main.fake.log).toContain('app.enableSandbox')
  })

  it('keeps its data in <appData>/Relais, the frozen profile folder', () => {
    expect(main.fake.app.getPath('userData')).toBe(join(main.appData, 'Relais'))
  })

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    expect(main.fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
    ])
    const log = main.fake.log
    expect(log.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(log.indexOf('new BrowserWindow'))
  })
})

describe('app:// serves the build', () => {
  const MIME: Record<string, string> = {
    js: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    html: 'text/html; charset=utf-8'
  }

  it('serves index.html and every file it references, byte for byte, with its type and the CSP', async () => {
    const files = ['index.html', ...referencedFiles()]
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0)
    expect(files.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0)
    for (const file of files) {
      const response = await serve(`app://relais/${file}`)
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-type'), file).toBe(MIME[file.split('.').pop() ?? ''])
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toContain('unsafe-eval')
      expect(
        Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(BUILT_RENDERER, file))),
        file
      ).toBe(true)
    }
  })

  it('answers a client-side route (a reload on /companies) with the app shell', async () => {
    const response = await serve('app://relais/companies')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(readFileSync(join(BUILT_RENDERER, 'index.html'), 'utf8'))
  })

  it.each([
    ['encoded dots', 'app://relais/%2e%2e/main/index.js'],
    ['encoded slash', 'app://relais/..%2fmain%2findex.js'],
    ['two levels up', 'app://relais/..%2f..%2fpackage.json'],
    ['encoded dots and slash', 'app://relais/%2e%2e%2fmain%2findex.js'],
    ['from a subfolder', 'app://relais/assets/%2e%2e%2f%2e%2e%2fpreload%2findex.js'],
    ['mixed case', 'app://relais/%2E%2E/preload/index.js'],
    ['backslashes', 'app://relais/..%5cmain%5cindex.js'],
    ['plain dots', 'app://relais/../main/index.js'],
    ['a NUL byte', 'app://relais/index.html%00.js'],
    ['a foreign host', 'app://evil/index.html'],
    ['a look-alike host', 'app://relais.evil/index.html'],
    ['credentials', 'app://user@relais/index.html'],
    ['a port', 'app://relais:8080/index.html'],
    ['a missing file', 'app://relais/assets/nothing.js']
  ])('refuses %s with a 404 that still carries the CSP', async (_name, url) => {
    const response = await serve(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not Found')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('refuses anything but GET and HEAD', async () => {
    expect((await serve('app://relais/index.html', 'POST')).status).toBe(405)
    const head = await serve('app://relais/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('spelling', () => {
  it('never downloads a dictionary: the download URL is a local file URL, set before any window', () => {
    const session = main.fake.defaultSession
    expect(session.downloadUrls.length).toBeGreaterThan(0)
    for (const url of session.downloadUrls) expect(new URL(url).protocol).toBe('file:')
    const log = main.fake.log
    expect(log.indexOf('defaultSession.setSpellCheckerDictionaryDownloadURL')).toBeLessThan(
      log.indexOf('new BrowserWindow')
    )
  })

  it('turns the download off in every session Electron creates', () => {
    const other = main.fake.createSession('other')
    main.fake.app.emit('session-created', other)
    expect(other.downloadUrls).toEqual(['file:///relais-never-downloads-dictionaries/'])
  })

  it('checks spelling in the language chosen in Relais when the system has it', async () => {
    expect(main.fake.defaultSession.spellcheckLanguages).toEqual(['en-CA'])
    await main.invoke('app-set-language', { language: 'fr' })
    expect(main.fake.defaultSession.spellcheckLanguages).toEqual(['fr-FR'])
  })
})
