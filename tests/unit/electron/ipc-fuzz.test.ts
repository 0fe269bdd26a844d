// Property-style: hundreds of random and mutated payloads at every IPC channel. None may crash
// the listener, and no handler (the code that writes files, opens links…) may run unless the
// payload passes the channel's zod schema.
import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, type IpcChannel } from '@shared/ipc/channels'
import { ipcContract, type IpcHandlers } from '@shared/ipc/contract'
import { registerIpcHandlers } from '../../../electron/main/ipc'
import { trustedOrigins } from '../../../electron/main/origins'
import { createSenderCheck, type SenderEvent } from '../../../electron/main/trusted-sender'

type Listener = (event: SenderEvent, payload: unknown) => Promise<unknown>

function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NASTY_STRINGS = [
  '',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  'a'.repeat(5000),
  '\0',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'Éloïse 🚀',
  '=HYPERLINK("x")',
  '__proto__',
  'app://relais.evil'
]
const NASTY_NUMBERS = [0, -1, 1.5, Number.MAX_SAFE_INTEGER, -Infinity, Number.NaN, 1e308]

function randomValue(next: () => number, depth = 0): unknown {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]
  switch (Math.floor(next() * (depth > 2 ? 6 : 9))) {
    case 0:
      return null
    case 1:
      return undefined
    case 2:
      return next() < 0.5
    case 3:
      return pick(NASTY_NUMBERS)
    case 4:
      return pick(NASTY_STRINGS)
    case 5:
      return new Uint8Array(Math.floor(next() * 16))
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1))
    default: {
      const keys = [
        'url',
        'language',
        'title',
        'body',
        'suggestedName',
        'filters',
        'content',
        'maxBytes',
        'name',
        'format',
        'sheets',
        'rows',
        'columns',
        'kind',
        'extensions',
        '__proto__',
        'constructor'
      ]
      const out: Record<string, unknown> = {}
      for (let i = 0; i < Math.floor(next() * 5); i++) out[pick(keys)] = randomValue(next, depth + 1)
      return out
    }
  }
}

/** Valid payloads to mutate one field at a time. */
const SAMPLES: Partial<Record<IpcChannel, Record<string, unknown>>> = {
  'app-set-language': { language: 'fr' },
  'app-quit-ready': {},
  'shell-open-external': { url: 'https://example.org' },
  'file-save': {
    suggestedName: 'rapport.csv',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    content: 'a;b'
  },
  'file-open': { filters: [{ name: 'CSV', extensions: ['csv'] }], maxBytes: 1000 },
  'notify-show': { title: 'Suivis', body: '3 suivis' },
  'reports-export': {
    format: 'xlsx',
    suggestedName: 'activite.xlsx',
    language: 'fr',
    delimiter: ';',
    sheets: [
      { name: 'Activité', columns: [{ header: 'Date', type: 'date', width: 12 }], rows: [['2026-11-25']] }
    ]
  },
  'backup-write-auto': { kind: 'daily', content: '{"format":"relais-backup"}' },
  'backup-read': { name: 'relais-2026-11-25T14-30-05-123Z-daily.json' },
  'backup-save-as': { suggestedName: 'sauvegarde.json', content: '{}' }
}

function payloads(channel: IpcChannel, count: number): unknown[] {
  const next = prng(channel.length * 7919)
  const sample = SAMPLES[channel]
  return Array.from({ length: count }, (_, i) => {
    if (!sample || i % 2 === 0) return randomValue(next)
    if (i % 10 === 1) return sample
    const keys = Object.keys(sample)
    const key = keys[Math.floor(next() * keys.length)]
    return { ...sample, [key]: randomValue(next) }
  })
}

function safelyAccepted(channel: IpcChannel, payload: unknown): boolean {
  try {
    return ipcContract[channel].request.safeParse(payload).success
  } catch {
    return false
  }
}

function setup() {
  const listeners = new Map<string, Listener>()
  const handlers = Object.fromEntries(
    IPC_CHANNELS.map((channel) => [channel, vi.fn(async () => undefined)])
  ) as unknown as IpcHandlers
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    handlers,
    createSenderCheck(trustedOrigins()),
    { warn: () => {} }
  )
  return { listeners, handlers }
}

describe('IPC handlers under random payloads', () => {
  it.each([...IPC_CHANNELS])(
    '%s: never crashes, never reaches the handler with an invalid payload',
    async (channel) => {
      const { listeners, handlers } = setup()
      const listener = listeners.get(channel)!
      const handler = handlers[channel] as unknown as ReturnType<typeof vi.fn>
      let valid = 0
      for (const payload of payloads(channel, 300)) {
        handler.mockClear()
        const result = (await listener(
          { senderFrame: { url: 'app://relais/index.html', parent: null } },
          payload
        )) as { ok: boolean }
        expect(typeof result.ok).toBe('boolean')
        const accepted = safelyAccepted(channel, payload)
        if (accepted) valid++
        expect(handler).toHaveBeenCalledTimes(accepted ? 1 : 0)
      }
      // The generator must not be so wild that it only ever tests refusals of garbage
      if (SAMPLES[channel]) expect(valid).toBeGreaterThan(0)
    }
  )

  it('an untrusted sender never reaches a handler, whatever the payload', async () => {
    const { listeners, handlers } = setup()
    for (const channel of IPC_CHANNELS) {
      for (const payload of [SAMPLES[channel], ...payloads(channel, 20)]) {
        await listeners.get(channel)!(
          { senderFrame: { url: 'https://evil.example/', parent: null } },
          payload
        )
      }
      expect(handlers[channel]).not.toHaveBeenCalled()
    }
  })
})
