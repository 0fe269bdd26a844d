import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type { IpcHandlers } from '@shared/ipc/contract'
import { registerIpcHandlers } from '../../../electron/main/ipc'
import { createSenderCheck, type SenderEvent } from '../../../electron/main/trusted-sender'
import { trustedOrigins } from '../../../electron/main/origins'

type Listener = (event: SenderEvent, payload: unknown) => Promise<unknown>

function fakeHandlers() {
  return {
    'app-get-info': vi.fn(async () => ({
      version: '0.1.0',
      platform: 'linux',
      systemLanguage: 'fr' as const
    })),
    'app-set-language': vi.fn(async () => undefined),
    'shell-open-external': vi.fn(async () => ({ opened: true })),
    'file-save': vi.fn(async () => ({ saved: true, fileName: 'rapport.xlsx' })),
    'file-open': vi.fn(async () => null),
    'notify-show': vi.fn(async () => ({ shown: true })),
    'reports-export': vi.fn(async () => ({ saved: true, fileName: 'activite.xlsx' })),
    'backup-list': vi.fn(async () => []),
    'backup-write-auto': vi.fn(async () => ({
      name: 'relais-2026-11-25T14-30-05-123Z-daily.json',
      kind: 'daily' as const,
      createdAt: '2026-11-25T14:30:05.123Z',
      bytes: 10
    })),
    'backup-read': vi.fn(async () => ({ content: new Uint8Array([0x7b, 0x7d]) })),
    'backup-save-as': vi.fn(async () => ({ saved: false })),
    'app-quit-ready': vi.fn(async () => undefined)
  } satisfies IpcHandlers
}

function setup() {
  const listeners = new Map<string, Listener>()
  const handlers = fakeHandlers()
  const log = { warn: vi.fn() }
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    handlers,
    createSenderCheck(trustedOrigins()),
    log
  )
  const call = (channel: string, payload: unknown, url = 'app://relais/index.html') => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no listener for ${channel}`)
    return listener({ senderFrame: { url, parent: null } }, payload)
  }
  return { listeners, handlers, log, call }
}

const validExport = {
  format: 'xlsx',
  suggestedName: 'activite.xlsx',
  language: 'fr',
  delimiter: ';',
  sheets: [
    {
      name: 'Interactions',
      columns: [
        { header: 'Date', type: 'date', width: 12 },
        { header: 'Montant', type: 'money', width: 14 }
      ],
      rows: [
        ['2026-11-25', 125000],
        [null, -5]
      ]
    }
  ]
}
const sheetWith = (patch: object) => ({ ...validExport, sheets: [{ ...validExport.sheets[0], ...patch }] })

const validSave = {
  suggestedName: 'pipeline.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  content: 'a'
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    expect([...setup().listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it('refuses an untrusted sender before anything else', async () => {
    const { call, handlers } = setup()
    const result = await call('file-save', validSave, 'https://evil.example/?next=app://relais')
    expect(result).toEqual({ ok: false, error: { key: 'errors.ipc.untrustedSender' } })
    expect(handlers['file-save']).not.toHaveBeenCalled()
  })

  it.each([
    ['file-save', { ...validSave, suggestedName: '../../.bashrc' }],
    ['file-save', { ...validSave, suggestedName: '/etc/passwd' }],
    ['file-save', { ...validSave, path: '/tmp/x' }],
    ['file-save', { ...validSave, content: 42 }],
    ['file-open', { filters: [], maxBytes: 10 * 1024 * 1024 * 1024 }],
    ['app-set-language', { language: 'de' }],
    ['shell-open-external', { url: 12 }],
    ['notify-show', undefined],
    ['app-get-info', { unexpected: true }],
    ['reports-export', { ...validExport, format: 'pdf' }],
    ['reports-export', { ...validExport, suggestedName: '../rapport.xlsx' }],
    ['reports-export', { ...validExport, path: '/tmp/rapport.xlsx' }],
    ['reports-export', { ...validExport, sheets: [] }],
    ['reports-export', sheetWith({ name: 'a/b' })],
    ['reports-export', sheetWith({ rows: [['2026-11-25']] })],
    ['reports-export', sheetWith({ rows: [['2026-11-25', { formula: '=1+1' }]] })],
    ['reports-export', sheetWith({ rows: [['x'.repeat(40_000), 1]] })],
    ['reports-export', sheetWith({ rows: [['2026-11-25', Number.NaN]] })],
    ['reports-export', sheetWith({ rows: 'nope' })],
    ['backup-write-auto', { kind: 'weekly', content: '{}' }],
    ['backup-write-auto', { kind: 'daily', content: '' }],
    ['backup-read', { name: 42 }],
    ['backup-save-as', { suggestedName: '../../x.json', content: '{}' }]
  ])('refuses an invalid %s payload with no side effect', async (channel, payload) => {
    const { call, handlers } = setup()
    expect(await call(channel, payload)).toEqual({ ok: false, error: { key: 'errors.ipc.invalidPayload' } })
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled()
  })

  it('passes a valid payload to its handler and wraps the reply', async () => {
    const { call, handlers } = setup()
    expect(await call('file-save', validSave)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'rapport.xlsx' }
    })
    expect(handlers['file-save']).toHaveBeenCalledWith(validSave)
    expect(await call('app-get-info', undefined)).toMatchObject({ ok: true, value: { systemLanguage: 'fr' } })
  })

  it('passes a valid export with its sheets untouched', async () => {
    const { call, handlers } = setup()
    expect(await call('reports-export', validExport)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'activite.xlsx' }
    })
    expect(handlers['reports-export']).toHaveBeenCalledWith(validExport)
  })

  it('returns an AppError as its i18n key and params', async () => {
    const { call, handlers } = setup()
    handlers['file-save'].mockRejectedValueOnce(new AppError('errors.file.diskFull', { fileName: 'a.xlsx' }))
    expect(await call('file-save', validSave)).toEqual({
      ok: false,
      error: { key: 'errors.file.diskFull', params: { fileName: 'a.xlsx' } }
    })
  })

  it('turns an unexpected crash into a generic error value and logs it', async () => {
    const { call, handlers, log } = setup()
    handlers['notify-show'].mockRejectedValueOnce(new TypeError('boom'))
    expect(await call('notify-show', { title: 'Suivi', body: '' })).toEqual({
      ok: false,
      error: { key: 'errors.ipc.failed' }
    })
    expect(log.warn).toHaveBeenCalled()
  })
})
