// Property-style: hundreds of random and mutated payloads at every IPC channel, through the real
// listener and the real handlers (fake dialog, shell and file system). The expected answer comes
// from a hand-written oracle (fuzz/oracle.ts), not from the zod schemas main uses, so a loosened
// schema fails here. Whatever the payload: no crash, nothing read or written outside the paths
// main's own dialogs returned or its backup folder, and no effect at all for an invalid payload.
import { basename, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS, type IpcChannel } from '@shared/ipc/channels'
import { createIpcHandlers } from '../../../electron/main/handlers'
import { registerIpcHandlers } from '../../../electron/main/ipc'
import { trustedOrigins } from '../../../electron/main/origins'
import { createSenderCheck, type SenderEvent } from '../../../electron/main/trusted-sender'
import { BACKUPS, DOCUMENTS, fakeDeps, STORED_BACKUP, type Effect } from './fuzz/fakes'
import { ACCEPTS } from './fuzz/oracle'
import { payloads } from './fuzz/payloads'

type Listener = (event: SenderEvent, payload: unknown) => Promise<unknown>
const TRUSTED: SenderEvent = { senderFrame: { url: 'app://relais/index.html', parent: null } }
const INVALID = 'errors.ipc.invalidPayload'
const CRASHED = 'errors.ipc.failed'

const SAMPLES: Record<IpcChannel, unknown> = {
  'app-get-info': undefined,
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
      {
        name: 'Activité',
        columns: [{ header: 'Date', type: 'date', width: 12 }],
        rows: [['2026-11-25'], [null]]
      }
    ]
  },
  'backup-list': undefined,
  'backup-write-auto': { kind: 'daily', content: '{"format":"relais-backup"}' },
  'backup-read': { name: STORED_BACKUP },
  'backup-save-as': { suggestedName: 'sauvegarde.json', content: '{}' }
}

const OUR_BACKUP =
  /^relais-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(daily|on-quit|pre-migration|pre-restore)\.json$/
const inBackups = (path: string) => dirname(path) === BACKUPS && OUR_BACKUP.test(basename(path))

/** Why an effect is unsafe, given the paths the dialogs returned so far; null when it is fine. */
function unsafe(effect: Effect, chosen: string[]): string | null {
  const fromDialog = (path: string) =>
    chosen.includes(path) || chosen.some((c) => path === `${dirname(c)}/.${basename(c)}.tmp`)
  switch (effect.type) {
    case 'dialog':
      return effect.defaultPath === undefined || dirname(effect.defaultPath) === DOCUMENTS
        ? null
        : 'dialog opened outside the documents folder'
    case 'write':
    case 'read':
      return fromDialog(effect.path) || inBackups(effect.path)
        ? null
        : `${effect.type} of a path no dialog gave`
    case 'unlink':
      return inBackups(effect.path) ? null : 'deleted a file that is not an automatic backup'
    case 'mkdir':
      return effect.path === BACKUPS ? null : 'created a folder outside the profile'
    case 'open-external': {
      const url = new URL(effect.url)
      const scheme = ['http:', 'https:', 'mailto:'].includes(url.protocol)
      return scheme && !url.username && !url.password ? null : 'opened a dangerous link'
    }
    case 'set-language':
      return ['fr', 'en'].includes(effect.language as string) ? null : 'set an unknown language'
    case 'notify':
      return typeof effect.title === 'string' && typeof effect.body === 'string' ? null : 'notified garbage'
    case 'quit-ready':
      return null
  }
}

/** The payload for a failure message, long strings cut short. */
function shortJson(payload: unknown): string {
  const cut = (_key: string, value: unknown) =>
    typeof value === 'string' && value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value
  return JSON.stringify(payload, cut) ?? String(payload)
}

function setup() {
  const listeners = new Map<string, Listener>()
  const effects: Effect[] = []
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    createIpcHandlers(fakeDeps(effects)),
    createSenderCheck(trustedOrigins()),
    { warn: () => {} }
  )
  return { listeners, effects }
}

describe('IPC handlers under random payloads', () => {
  it.each([...IPC_CHANNELS])(
    '%s: refuses what the oracle refuses, never crashes, never strays',
    async (channel) => {
      const { listeners, effects } = setup()
      const listener = listeners.get(channel)!
      let accepted = 0
      for (const payload of payloads(channel, SAMPLES[channel], 300)) {
        effects.length = 0
        const result = (await listener(TRUSTED, payload)) as { ok: boolean; error?: { key: string } }
        const about = `payload ${shortJson(payload)}`
        expect(typeof result.ok, about).toBe('boolean')
        expect(result.error?.key, `a handler threw on ${about}`).not.toBe(CRASHED)
        expect(Reflect.get({}, 'polluted'), `Object.prototype polluted by ${about}`).toBeUndefined()
        if (!ACCEPTS[channel](payload)) {
          expect({ key: result.error?.key, effects }, `invalid ${about}`).toEqual({
            key: INVALID,
            effects: []
          })
          continue
        }
        accepted++
        expect(result.error?.key, `valid ${about} must reach its handler`).not.toBe(INVALID)
        // Only paths the dialogs returned for this very call count as chosen
        const chosen: string[] = []
        for (const effect of effects) {
          if (effect.type === 'dialog') chosen.push(effect.returned)
          expect(unsafe(effect, chosen), JSON.stringify(effect)).toBeNull()
        }
      }
      // The generator must not be so wild that it only ever tests refusals of garbage
      expect(accepted).toBeGreaterThan(10)
    }
  )

  it('an untrusted sender has no effect, whatever the payload', async () => {
    const { listeners, effects } = setup()
    for (const channel of IPC_CHANNELS) {
      for (const payload of [SAMPLES[channel], ...payloads(channel, SAMPLES[channel], 20)]) {
        const result = await listeners.get(channel)!(
          { senderFrame: { url: 'https://evil.example/', parent: null } },
          payload
        )
        expect(result).toEqual({ ok: false, error: { key: 'errors.ipc.untrustedSender' } })
      }
    }
    expect(effects).toEqual([])
  })
})
