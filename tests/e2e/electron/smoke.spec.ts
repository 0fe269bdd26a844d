// Desktop smoke test: the built app starts on app://relais in a sandboxed window whose page sees
// window.relais and no Node, shows its interface (a blank window fails), keeps what was written
// across a restart and leaves a backup when it quits. Runs only where the Electron binary is
// installed; CI machines without internet install with ELECTRON_SKIP_BINARY_DOWNLOAD and skip it.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); skipping desktop smoke test'

function electronBinary(): string | undefined {
  try {
    // The electron package exports the binary's path, and throws when it was never downloaded
    const path: unknown = createRequire(__filename)('electron')
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const binary = electronBinary()
if (!binary) console.log(SKIP_REASON)

async function launch(userData: string): Promise<ElectronApplication> {
  // Without a dev server URL main serves the built renderer on app://relais
  const { ELECTRON_RENDERER_URL: _devUrl, ...env } = process.env
  return electron.launch({
    executablePath: binary,
    // Chromium refuses to run as root with its OS sandbox (containers); the renderer sandbox stays on
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), resolve('out/main/index.js')],
    env: { ...env, RELAIS_USER_DATA: userData }
  })
}

/** Quits the way the menu's Quit does, and waits for the process to end (after the backup). */
async function quitAndWait(app: ElectronApplication): Promise<void> {
  const exited = new Promise<void>((resolve) => app.process().once('exit', () => resolve()))
  // The evaluation may lose its connection as the process ends; the exit is what counts
  await app.evaluate(({ app: main }) => main.quit()).catch(() => undefined)
  await exited
}

function quitBackups(userData: string): string[] {
  const folder = join(userData, 'backups')
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('-on-quit.json')) : []
}

const nav = (page: Page) => page.getByRole('navigation', { name: /Navigation principale|Main navigation/ })

test.describe('desktop app', () => {
  test.skip(!binary, SKIP_REASON)

  let userData = ''
  let app: ElectronApplication | undefined
  test.beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'relais-e2e-'))
  })
  test.afterEach(async () => {
    await app?.close()
    app = undefined
    rmSync(userData, { recursive: true, force: true })
  })

  test('opens one sandboxed window on app://relais, with window.relais and no Node', async () => {
    app = await launch(userData)
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    expect(page.url()).toMatch(/^app:\/\/relais\//)
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())
    expect(title).toContain('Relais')
    expect(await app.evaluate(({ app: main }) => main.getPath('userData'))).toBe(userData)

    const globals = await page.evaluate(() => ({
      relais: typeof Reflect.get(globalThis, 'relais'),
      keys: Object.keys(Reflect.get(globalThis, 'relais') ?? {}).sort(),
      require: typeof Reflect.get(globalThis, 'require'),
      process: typeof Reflect.get(globalThis, 'process'),
      module: typeof Reflect.get(globalThis, 'module')
    }))
    expect(globals).toEqual({
      relais: 'object',
      keys: ['invoke', 'onBeforeQuit', 'onExportProgress', 'onMenuCommand', 'systemLanguage'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined'
    })
  })

  test('answers contract channels, refuses others, and serves the CSP header', async () => {
    app = await launch(userData)
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    const call = (channel: string, request: unknown) =>
      page.evaluate(
        ([c, r]) => {
          const relais: { invoke(channel: string, request: unknown): Promise<unknown> } = Reflect.get(
            globalThis,
            'relais'
          )
          return relais.invoke(c, r)
        },
        [channel, request] as const
      )
    expect(await call('app-get-info', undefined)).toMatchObject({
      ok: true,
      value: { version: expect.any(String) }
    })
    expect(await call('fs-read', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { key: 'errors.ipc.unknownChannel' }
    })
    expect(await call('app-set-language', { language: 'de' })).toEqual({
      ok: false,
      error: { key: 'errors.ipc.invalidPayload' }
    })
    const csp = await page.evaluate(async () =>
      (await fetch('app://relais/index.html')).headers.get('content-security-policy')
    )
    expect(csp).toContain("script-src 'self'")
  })

  test('denies new windows and navigation away from the app', async () => {
    app = await launch(userData)
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    const opened = await page.evaluate(() => {
      const open: (url: string) => unknown = Reflect.get(globalThis, 'open')
      return open('file:///etc/passwd') !== null
    })
    expect(opened).toBe(false)
    await page
      .evaluate(() => {
        const location: { href: string } = Reflect.get(globalThis, 'location')
        location.href = 'file:///etc/passwd'
      })
      // Were the navigation allowed, the page context would vanish; the URL check below says so
      .catch(() => undefined)
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^app:\/\/relais\//)
    expect(app.windows()).toHaveLength(1)
  })

  test('shows the interface, keeps a company across a restart, and leaves a backup on quit', async () => {
    app = await launch(userData)
    let page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: /Bienvenue dans Relais|Welcome to Relais/ })).toBeVisible()
    await page.getByRole('button', { name: /Commencer à zéro|Start empty/ }).click()
    await expect(nav(page)).toBeVisible()
    await expect(page.getByRole('heading', { name: /^(Aujourd’hui|Today)$/ }).first()).toBeVisible()

    await nav(page)
      .getByRole('link', { name: /^(Entreprises|Companies)$/ })
      .click()
    await page
      .getByRole('button', { name: /^(Nouvelle entreprise|New company)$/ })
      .first()
      .click()
    const form = page.getByRole('dialog')
    await form
      .getByLabel(/^(Nom|Name)/)
      .first()
      .fill('Hydrogène Saguenay inc.')
    await form.getByRole('button', { name: /Créer l’entreprise|Create company/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Hydrogène Saguenay inc.' })).toBeVisible()

    await quitAndWait(app)
    app = undefined
    expect(quitBackups(userData)).toHaveLength(1)

    app = await launch(userData)
    page = await app.firstWindow()
    await expect(nav(page)).toBeVisible() // no welcome screen: the workspace is there
    await nav(page)
      .getByRole('link', { name: /^(Entreprises|Companies)$/ })
      .click()
    await expect(page.getByRole('link', { name: 'Hydrogène Saguenay inc.' })).toBeVisible()
  })
})
