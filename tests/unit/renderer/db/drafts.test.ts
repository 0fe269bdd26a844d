import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  deleteDraft,
  dropDraftMirror,
  getDraft,
  mirrorDraft,
  rewriteDraftMirrors,
  saveDraft
} from '@renderer/db/repositories/drafts'
import { freshDatabase } from '../../../fixtures/database'

/** A page's localStorage: synchronous, and left behind when the window closes. */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>()
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    }
  }
  // Object.keys(localStorage) lists the stored keys, as in a browser
  return new Proxy(storage, {
    ownKeys: () => [...items.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && items.has(key)
        ? { enumerable: true, configurable: true, value: items.get(key) }
        : undefined
  }) as Storage
}

beforeEach(async () => {
  await freshDatabase()
  vi.stubGlobal('localStorage', fakeLocalStorage())
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

it('keeps a draft until it is deleted', async () => {
  expect(await getDraft('event-mode:1')).toBeUndefined()
  await saveDraft('event-mode:1', { lines: [{ note: 'Zoé 🎉' }] })
  expect(await getDraft('event-mode:1')).toEqual({ lines: [{ note: 'Zoé 🎉' }] })
  await deleteDraft('event-mode:1')
  expect(await getDraft('event-mode:1')).toBeUndefined()
})

describe('the synchronous mirror (what was typed as the window closed)', () => {
  it('wins over the database copy when it is newer, and only then', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-02T20:00:00.000Z'))
    await saveDraft('event-mode:1', { lines: [{ note: 'Zoé' }] })
    vi.setSystemTime(new Date('2026-12-02T20:00:01.000Z'))
    // the last keystrokes reached the mirror, the window closed before the database write
    mirrorDraft('event-mode:1', { lines: [{ note: 'Zoé 🎉' }] })
    expect(await getDraft('event-mode:1')).toEqual({ lines: [{ note: 'Zoé 🎉' }] })

    vi.setSystemTime(new Date('2026-12-02T20:00:02.000Z'))
    await saveDraft('event-mode:1', { lines: [{ note: 'Zoé, later' }] })
    expect(await getDraft('event-mode:1')).toEqual({ lines: [{ note: 'Zoé, later' }] })
  })

  it('stands alone when the database never got the draft; goes with the draft', async () => {
    mirrorDraft('event-mode:2', { lines: [{ note: 'Marc' }] })
    expect(await getDraft('event-mode:2')).toEqual({ lines: [{ note: 'Marc' }] })
    await deleteDraft('event-mode:2')
    expect(await getDraft('event-mode:2')).toBeUndefined()
  })

  it('is ignored when unreadable, and dropped on demand', async () => {
    localStorage.setItem('relais.draft.event-mode:3', '{not json')
    await saveDraft('event-mode:3', { lines: [{ note: 'kept' }] })
    expect(await getDraft('event-mode:3')).toEqual({ lines: [{ note: 'kept' }] })
    mirrorDraft('event-mode:4', { lines: [] })
    dropDraftMirror('event-mode:4')
    expect(localStorage.getItem('relais.draft.event-mode:4')).toBeNull()
  })

  it('is rewritten or dropped by an erasure', () => {
    mirrorDraft('event-mode:5', { lines: ['Éloïse', 'Marc'] })
    mirrorDraft('event-mode:6', { lines: ['Éloïse'] })
    rewriteDraftMirrors((value) => {
      const lines = (value as { lines: string[] }).lines.filter((line) => line !== 'Éloïse')
      return lines.length > 0 ? { lines } : null
    })
    expect(JSON.parse(localStorage.getItem('relais.draft.event-mode:5') ?? '{}').value).toEqual({
      lines: ['Marc']
    })
    expect(localStorage.getItem('relais.draft.event-mode:6')).toBeNull()
  })
})
