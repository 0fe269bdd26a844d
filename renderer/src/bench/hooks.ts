// Benchmark hooks, only in the "bench" build (vite --mode bench; absent from every other build):
// bench/run.mjs drives the app through these to load the large workspace through the
// repositories and to measure each figure's floor (the same records read straight from IndexedDB,
// nothing rendered). See BENCHMARKS.md.
import Dexie from 'dexie'
import { db } from '@renderer/db/schema'
import { v1 } from '@renderer/db/migrations/v1'
import { setSetting } from '@renderer/db/repositories/settings'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { countWorkspace, generateWorkspace, type Workspace, type WorkspaceSize } from '@shared/demo'
import { leftQueriesCached } from './queryCache'
import { lastYear, screenFloors, seedEncounterDraft, todayCounts } from './screenFloors'
import { armShown, shownSince } from './shown'
import { timesUntil, timeUntil, timeUntilAll, watchFrames } from './timing'
import { importCsv, restoreWorkspace } from './writeFigures'

const FLOOR_DATABASE = 'relais-bench-floor'

function recordCount(data: Workspace): number {
  return Object.values(countWorkspace(data)).reduce((n, count) => n + count, 0)
}

/** The same records written with no validation into a copy of the schema: the raw write rate. */
async function rawWrite(data: Workspace): Promise<number> {
  await Dexie.delete(FLOOR_DATABASE)
  const floor = new Dexie(FLOOR_DATABASE)
  floor.version(1).stores(v1.stores)
  const start = performance.now()
  await floor.transaction('rw', Object.keys(data), async () => {
    for (const [table, rows] of Object.entries<unknown[]>(data)) await floor.table(table).bulkPut(rows)
  })
  const ms = performance.now() - start
  floor.close()
  await Dexie.delete(FLOOR_DATABASE)
  return ms
}

/**
 * The raw write rate's floor. The benchmark runs it in a browser profile of its own: written in the
 * app's profile just before (or after) the load, whichever of the two came second ran 30–120 % slower
 * (the first's data being deleted, or compacted, under it) and the ratio measured the order.
 */
async function rawLoad(size: WorkspaceSize) {
  const data = generateWorkspace({ size, now: new Date() })
  return { records: recordCount(data), rawMs: await rawWrite(data) }
}

/** The workspace written through the repositories (validated, files with their company copies). */
async function load(size: WorkspaceSize) {
  const data = generateWorkspace({ size, now: new Date() })
  const records = recordCount(data)
  const start = performance.now()
  await loadWorkspace(data)
  const ms = performance.now() - start
  await setSetting('workspaceInitialized', true)
  return { records, ms }
}

async function timed<T>(read: () => Promise<T>): Promise<number> {
  const start = performance.now()
  await read()
  return performance.now() - start
}

/** The organization with the most interactions (the large set's heaviest timeline). */
async function busiestCompany(): Promise<{ id: string; name: string; interactions: number }> {
  const counts = new Map<string, number>()
  await db().interactions.each((i) => {
    for (const id of i.organizationIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  })
  const [id, interactions] = [...counts].sort((a, b) => b[1] - a[1])[0]
  const organization = await db().organizations.get(id)
  return { id, name: organization?.name ?? '', interactions }
}

const floors = {
  today: () =>
    timed(async () => {
      const open = await db()
        .followUps.where('[status+dueDate]')
        .between(['open', ''], ['open', '\uffff'])
        .toArray()
      await db().organizations.bulkGet([...new Set(open.map((f) => f.organizationId ?? ''))])
    }),
  companies: () => timed(() => db().organizations.toArray()),
  company: (id: string) =>
    timed(() =>
      Promise.all([
        db().organizations.get(id),
        db().interactions.where('organizationIds').equals(id).toArray(),
        db().followUps.where('organizationId').equals(id).toArray(),
        db().contacts.where('organizationId').equals(id).toArray(),
        db().opportunities.where('organizationId').equals(id).toArray()
      ])
    ),
  pipeline: () => timed(() => db().opportunities.toArray()),
  stageChange: () =>
    timed(async () => {
      const file = await db().opportunities.limit(1).first()
      if (!file) return
      const change = { id: crypto.randomUUID(), opportunityId: file.id, at: new Date().toISOString() }
      await db().transaction('rw', db().opportunities, db().stageChanges, async () => {
        await db().opportunities.put({ ...file })
        await db().stageChanges.add(change as never)
      })
      await db().stageChanges.delete(change.id)
    }),
  quickLog: () =>
    timed(async () => {
      const sample = await db().interactions.limit(1).first()
      if (!sample) return
      const copy = { ...sample, id: crypto.randomUUID() }
      await db().interactions.put(copy)
      await db()
        .interactions.where('organizationIds')
        .equals(copy.organizationIds[0] ?? '')
        .toArray()
      await db().interactions.delete(copy.id)
    }),
  ...screenFloors
}

export function installBenchHooks(): void {
  Object.assign(window, {
    relaisBench: {
      load,
      rawLoad,
      floors,
      busiestCompany,
      leftQueriesCached,
      timeUntil,
      timesUntil,
      timeUntilAll,
      armShown,
      shownSince,
      watchFrames,
      lastYear,
      seedEncounterDraft,
      todayCounts,
      importCsv,
      restoreWorkspace
    }
  })
}
