// The built preload (out/preload/index.js) in a vm context shaped like Electron's sandboxed
// preload: its `require` answers `electron` only, so a preload that needs any other module (which
// the sandbox would refuse) fails here too. The bridge it exposes must be the contract, no more.
import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { BUILT_PRELOAD } from './load-built-main'

type Listener = (event: unknown, value: unknown) => void

function runPreload(argv: string[]) {
  const exposed = new Map<string, unknown>()
  const invoked: { channel: string; request: unknown }[] = []
  const listeners: { channel: string; listener: Listener }[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        invoked.push({ channel, request })
        return { ok: true, value: null }
      },
      on: (channel: string, listener: Listener) => void listeners.push({ channel, listener }),
      removeListener: (channel: string, listener: Listener) => {
        const index = listeners.findIndex((l) => l.channel === channel && l.listener === listener)
        if (index >= 0) listeners.splice(index, 1)
      }
    }
  }
  const required: string[] = []
  const sandboxRequire = (id: string): unknown => {
    required.push(id)
    if (id === 'electron') return electron
    throw new Error(`module not found: ${id}`)
  }
  const module = { exports: {} }
  const context = createContext({
    require: sandboxRequire,
    module,
    exports: module.exports,
    process: { argv }
  })
  const source = readFileSync(BUILT_PRELOAD, 'utf8')
  runInContext(`(function (exports, require, module) {\n${source}\n})(exports, require, module)`, context, {
    filename: BUILT_PRELOAD
  })
  return { exposed, invoked, listeners, required }
}

interface Bridge {
  systemLanguage: string
  invoke(channel: string, request: unknown): Promise<unknown>
  onMenuCommand(listener: (command: string) => void): () => void
}

describe('the built preload', () => {
  it('needs no module but electron, and exposes window.relais with exactly the contract', () => {
    const { exposed, required } = runPreload(['electron', '--relais-system-language=fr'])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect([...exposed.keys()]).toEqual(['relais'])
    const bridge = exposed.get('relais') as Bridge
    expect(Object.keys(bridge).sort()).toEqual([
      'invoke',
      'onBeforeQuit',
      'onExportProgress',
      'onMenuCommand',
      'systemLanguage'
    ])
    expect(bridge.systemLanguage).toBe('fr')
  })

  it('passes every contract channel to ipcRenderer and refuses any other', async () => {
    const { exposed, invoked } = runPreload([])
    const bridge = exposed.get('relais') as Bridge
    for (const channel of IPC_CHANNELS) await bridge.invoke(channel, { probe: channel })
    expect(invoked.map((call) => call.channel)).toEqual([
      'app-get-info',
      'app-set-language',
      'app-quit-ready',
      'shell-open-external',
      'file-save',
      'file-open',
      'notify-show',
      'reports-export',
      'backup-list',
      'backup-write-auto',
      'backup-read',
      'backup-save-as'
    ])
    for (const stranger of ['fs-read', 'shell-exec', '__proto__', 'app-get-info ']) {
      expect(await bridge.invoke(stranger, {})).toEqual({
        ok: false,
        error: { key: 'errors.ipc.unknownChannel' }
      })
    }
    expect(invoked).toHaveLength(12)
  })

  it('forwards only known menu commands, and unsubscribes', () => {
    const { exposed, listeners } = runPreload([])
    const bridge = exposed.get('relais') as Bridge
    const received: string[] = []
    const stop = bridge.onMenuCommand((command) => received.push(command))
    const menu = listeners.filter((l) => l.channel === 'menu-command')
    expect(menu).toHaveLength(1)
    menu[0].listener({}, 'go-today')
    menu[0].listener({}, 'rm -rf /')
    expect(received).toEqual(['go-today'])
    stop()
    expect(listeners.filter((l) => l.channel === 'menu-command')).toHaveLength(0)
  })
})
