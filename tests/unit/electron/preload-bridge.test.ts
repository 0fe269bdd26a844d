import { describe, expect, it, vi } from 'vitest'
import type { IpcChannel } from '@shared/ipc/channels'
import { createRelaisBridge, languageFromArgv, type PreloadIpc } from '../../../electron/preload/bridge'

type Listener = (event: unknown, ...args: unknown[]) => void

function fakeIpc(reply: () => Promise<unknown> = async () => ({ ok: true, value: { shown: true } })) {
  const listeners = new Set<Listener>()
  const channels = new Map<Listener, string>()
  const invoke = vi.fn<(channel: string, request: unknown) => Promise<unknown>>(reply)
  const ipc: PreloadIpc = {
    // The fake answers whatever the test says; the bridge does not look inside
    invoke: <T>(channel: string, request: unknown) => invoke(channel, request).then((value) => value as T),
    on: (channel, listener) => channels.set(listener, channel) && listeners.add(listener),
    removeListener: (_channel, listener) => listeners.delete(listener)
  }
  const emitOn = (channel: string, payload: unknown) =>
    listeners.forEach((listener) => channels.get(listener) === channel && listener({}, payload))
  const emit = (command: unknown) => emitOn('menu-command', command)
  return { ipc, invoke, emit, emitOn, listeners }
}

describe('preload bridge', () => {
  it('forwards contract channels to ipcRenderer.invoke', async () => {
    const { ipc, invoke } = fakeIpc()
    const bridge = createRelaisBridge(ipc, [])
    expect(await bridge.invoke('notify-show', { title: 'Suivi', body: '' })).toEqual({
      ok: true,
      value: { shown: true }
    })
    expect(invoke).toHaveBeenCalledWith('notify-show', { title: 'Suivi', body: '' })
  })

  it('refuses channels outside the contract without sending anything', async () => {
    const { ipc, invoke } = fakeIpc()
    const bridge = createRelaisBridge(ipc, [])
    // What a compromised page could try, past the types
    const sneaky = Reflect.apply(bridge.invoke, bridge, ['fs-read' satisfies string, { path: '/etc/passwd' }])
    expect(await sneaky).toEqual({ ok: false, error: { key: 'errors.ipc.unknownChannel' } })
    expect(invoke).not.toHaveBeenCalled()
  })

  it('never rejects: an IPC failure becomes an error value', async () => {
    const { ipc } = fakeIpc(async () => Promise.reject(new Error('No handler registered')))
    const channel: IpcChannel = 'app-get-info'
    expect(await createRelaisBridge(ipc, []).invoke(channel, undefined)).toEqual({
      ok: false,
      error: { key: 'errors.ipc.failed' }
    })
  })

  it('passes menu commands to the listener, ignores anything else, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc()
    const listener = vi.fn()
    const unsubscribe = createRelaisBridge(ipc, []).onMenuCommand(listener)
    emit('log-meeting')
    emit('rm -rf')
    emit({ command: 'log-meeting' })
    expect(listener.mock.calls).toEqual([['log-meeting']])
    unsubscribe()
    expect(listeners.size).toBe(0)
    emit('open-search')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('passes export progress as plain numbers, ignores malformed events, and unsubscribes', () => {
    const { ipc, emitOn, listeners } = fakeIpc()
    const listener = vi.fn()
    const unsubscribe = createRelaisBridge(ipc, []).onExportProgress(listener)
    emitOn('reports-export-progress', { written: 5000, total: 100_000, extra: 'ignored' })
    emitOn('reports-export-progress', { written: '5000', total: 100_000 })
    emitOn('reports-export-progress', null)
    emitOn('menu-command', { written: 1, total: 2 })
    expect(listener.mock.calls).toEqual([[{ written: 5000, total: 100_000 }]])
    unsubscribe()
    expect(listeners.size).toBe(0)
  })

  it('exposes nothing but invoke, the three event subscriptions and the system language', () => {
    expect(Object.keys(createRelaisBridge(fakeIpc().ipc, [])).sort()).toEqual([
      'invoke',
      'onBeforeQuit',
      'onExportProgress',
      'onMenuCommand',
      'systemLanguage'
    ])
  })

  it('reads the system language main passed in argv', () => {
    expect(languageFromArgv(['electron', '--relais-system-language=fr'])).toBe('fr')
    expect(languageFromArgv(['--relais-system-language=en'])).toBe('en')
    expect(languageFromArgv(['--relais-system-language=de'])).toBe('en')
    expect(languageFromArgv([])).toBe('en')
  })
})
