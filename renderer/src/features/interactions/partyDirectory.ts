// The folded names the quick log's and event mode's type-ahead pick from, for the whole app: read
// once (25,000 records read a page at a time on a large workspace), then kept in step
// with each committed write by re-reading only the companies and contacts it touched. Before this,
// a live query read everything again after every save.
import { useEffect, useSyncExternalStore } from 'react'
import { getPartyNames, loadPartyDirectory, type PartyDirectory } from '@renderer/db/repositories/parties'
import { watchSearchableChanges, type SearchableChanges } from '@renderer/db/repositories/search'
import type { NameKey } from '@shared/domain/name-match'
import { runInBackgroundAfter } from '@renderer/hooks/screenSettling'

type Names = Map<string, string>

let organizations: Names | null = null
let contacts: Names | null = null
let snapshot: PartyDirectory | undefined
let stop: (() => void) | null = null
const listeners = new Set<() => void>()

const toList = (names: Names): NameKey[] => [...names].map(([id, key]) => ({ id, key }))

/** A new snapshot; a list whose names did not change is kept as it was. */
function publish(changed = { organizations: true, contacts: true }): void {
  snapshot =
    organizations && contacts
      ? {
          organizations: changed.organizations || !snapshot ? toList(organizations) : snapshot.organizations,
          contacts: changed.contacts || !snapshot ? toList(contacts) : snapshot.contacts
        }
      : undefined
  listeners.forEach((listener) => listener())
}

/** Whether any of `ids` changed its name, came or went. */
function apply(names: Names, ids: string[], found: NameKey[]): boolean {
  const now = new Map(found.map(({ id, key }): [string, string] => [id, key]))
  let changed = false
  for (const id of ids) {
    const key = now.get(id)
    if (key === names.get(id)) continue
    if (key === undefined) names.delete(id)
    else names.set(id, key)
    changed = true
  }
  return changed
}

async function follow(changes: SearchableChanges): Promise<void> {
  const o = changes.organizations
  const c = changes.contacts
  if (!organizations || !contacts || (!o && !c)) return
  if (o === 'all' || c === 'all') return reload()
  const found = await getPartyNames(o ?? [], c ?? [])
  if (!organizations || !contacts) return // stopped while reading
  // a write that changed no name (a meeting logged raises lastInteractionAt) keeps the lists,
  // so the pickers showing them do not render again
  const changed = {
    organizations: apply(organizations, o ?? [], found.organizations),
    contacts: apply(contacts, c ?? [], found.contacts)
  }
  if (changed.organizations || changed.contacts) publish(changed)
}

async function reload(): Promise<void> {
  const directory = await loadPartyDirectory()
  organizations = new Map(directory.organizations.map((n) => [n.id, n.key]))
  contacts = new Map(directory.contacts.map((n) => [n.id, n.key]))
  publish()
}

/**
 * The first read waits: it reads 25,000 records on the page's thread, which slowed the first
 * screen when it ran at once. It starts when the page has been idle a few seconds, or at once when
 * a screen needs the names (the quick log opening, event mode): see needPartyDirectory().
 */
const FIRST_READ_DELAY_MS = 4000
let readNow: (() => void) | null = null

const firstReadTime = (): Promise<void> =>
  new Promise((resolve) => {
    // and not while a screen just opened settles (it needs the cores and the database first)
    const cancel = runInBackgroundAfter(FIRST_READ_DELAY_MS, 2000, () => go())
    const go = () => {
      cancel()
      // a late idle callback must not clear a newer start's pending read
      if (readNow === go) readNow = null
      resolve()
    }
    readNow = go
  })

/** The names are needed now (a type-ahead is on screen): read them without waiting. */
export function needPartyDirectory(): void {
  readNow?.()
}

let generation = 0

function start(): void {
  const started = ++generation
  // a stop (and a new start) while waiting drops this start's read
  let chain: Promise<void> = firstReadTime().then(() => (started === generation ? reload() : undefined))
  // one update at a time, in commit order, after the first read
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((error: unknown) => console.error('party directory', error))
  }
  const unwatch = watchSearchableChanges((changes) => enqueue(() => follow(changes)))
  stop = () => {
    generation++
    readNow = null
    unwatch()
    organizations = contacts = null
    snapshot = undefined
  }
}

/** Calls back on every change of the directory; the first follower starts the reading, the last stops it. */
export function followPartyDirectory(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) start()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) stop?.()
  }
}

/** The directory as last read; undefined until the first read lands. */
export const currentPartyDirectory = (): PartyDirectory | undefined => snapshot

/** The directory for a screen (undefined until first read); `now`: the screen is typing names. */
export function usePartyDirectory(now: boolean): PartyDirectory | undefined {
  const directory = useSyncExternalStore(followPartyDirectory, currentPartyDirectory)
  useEffect(() => {
    if (now) needPartyDirectory()
  }, [now])
  return directory
}
