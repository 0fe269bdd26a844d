// Runs the built main process (out/main/index.js) with the fake `electron` module answering its
// require('electron'), on a given platform, in a throw-away profile folder.
import { mkdtempSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  createFakeElectron,
  type FakeElectron,
  type FakeElectronOptions,
  type SenderEvent
} from './fake-electron'

export const OUT = resolve('out')
export const BUILT_MAIN = join(OUT, 'main/index.js')
export const BUILT_PRELOAD = join(OUT, 'preload/index.js')
export const BUILT_RENDERER = join(OUT, 'renderer')

type Load = (request: string, parent: unknown, isMain: boolean) => unknown
const loader = Module as unknown as { _load: Load }
const requireHere = createRequire(import.meta.url)

export const OUR_PAGE: SenderEvent = { senderFrame: { url: 'app://relais/index.html', parent: null } }

export interface RunningMain {
  fake: FakeElectron
  appData: string
  /** Calls one IPC channel's registered handler as our page would. */
  invoke(channel: string, payload?: unknown, sender?: SenderEvent): Promise<unknown>
  dispose(): void
}

export function loadBuiltMain(
  platform: NodeJS.Platform,
  options: Omit<FakeElectronOptions, 'appData'> & { appData?: string } = {}
): RunningMain {
  // A given appData is a restart on the same profile: its owner removes it
  const appData = options.appData ?? mkdtempSync(join(tmpdir(), 'relais-fake-electron-'))
  const fake = createFakeElectron({ ...options, appData })
  const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')
  const { RELAIS_USER_DATA: savedUserData, ELECTRON_RENDERER_URL: savedDevUrl } = process.env
  delete process.env.RELAIS_USER_DATA
  delete process.env.ELECTRON_RENDERER_URL
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })

  const realLoad = loader._load
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? fake.module : realLoad.call(this, request, parent, isMain)
  }
  try {
    delete requireHere.cache[BUILT_MAIN]
    requireHere(BUILT_MAIN)
  } finally {
    loader._load = realLoad
  }

  return {
    fake,
    appData,
    async invoke(channel, payload, sender = OUR_PAGE) {
      const handler = fake.ipcHandlers.get(channel)
      if (!handler) throw new Error(`no handler for ${channel}`)
      return handler(sender, payload)
    },
    dispose() {
      if (realPlatform) Object.defineProperty(process, 'platform', realPlatform)
      if (savedUserData !== undefined) process.env.RELAIS_USER_DATA = savedUserData
      if (savedDevUrl !== undefined) process.env.ELECTRON_RENDERER_URL = savedDevUrl
      if (!options.appData) rmSync(appData, { recursive: true, force: true })
    }
  }
}

/** Fires ready and waits until main has opened its window. */
export async function startApp(main: RunningMain): Promise<void> {
  main.fake.fireReady()
  for (let i = 0; i < 1500 && main.fake.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10))
  if (main.fake.windows.length === 0)
    throw new Error(`main opened no window (exit ${main.fake.app.exitCode})`)
}
