// The benchmark's write figures (15, 16): a 10,000-row CSV imported the way the wizard does it
// (decoded, split, mapped, checked for duplicates, written in one transaction), and the
// workspace's own backup restored as the browser build does it (file checked end to end, current
// data kept for Undo, every table replaced in one transaction). Each is compared with its raw write
// floor: the same records bulk-put with no validation into an empty copy of the current schema.
import Dexie from 'dexie'
import { db } from '@renderer/db/schema'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { applyImportPlan, loadImportIndex } from '@renderer/db/repositories/importRecords'
import { getPlatform } from '@renderer/platform'
import { encodeBackup, parseBackup } from '@shared/backup/format'
import { parseCsvCells } from '@shared/import/csv'
import { decodeText } from '@shared/import/decode'
import { mapHeaders, sourceLanguage } from '@shared/import/fields'
import { detectHeaderRow } from '@shared/import/header-row'
import { planImport } from '@shared/import/plan'
import { readRows } from '@shared/import/rows'

const FLOOR_DATABASE = 'relais-bench-write-floor'
const FIRST_NAMES = ['Émilie', 'François', 'Noémie', 'Jérôme', 'Hélène', 'Loïc', 'Maëlle', 'Benoît']
const LAST_NAMES = ['Tremblay', 'Gagnon', 'Côté', 'Bélanger', 'Lévesque', 'Bouchard', 'Gauthier']
const CITIES = ['Saguenay', 'Alma', 'Roberval', 'Dolbeau-Mistassini', 'Québec', 'Montréal']

export interface WriteFigure {
  records: number
  ms: number
  rawMs: number
}

/** Milliseconds to bulk-put `tables` into an empty copy of the current schema. */
async function rawWrite(tables: Record<string, unknown[]>): Promise<number> {
  await Dexie.delete(FLOOR_DATABASE)
  const floor = new Dexie(FLOOR_DATABASE)
  const stores = Object.fromEntries(
    db().tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(',')])
  )
  floor.version(1).stores(stores)
  const names = Object.keys(tables).filter((name) => name in stores)
  // created before the clock starts: the floor is the write, not the database's creation
  await floor.open()
  const start = performance.now()
  await floor.transaction('rw', names, async () => {
    for (const name of names) await floor.table(name).bulkPut(tables[name])
  })
  const ms = performance.now() - start
  floor.close()
  await Dexie.delete(FLOOR_DATABASE)
  return ms
}

/** A French spreadsheet export: `rows` people, four per company, companies named for this run. */
function csvBytes(rows: number, run: number): Uint8Array {
  const lines = ['Entreprise;Ville;Site web;Prénom;Nom de famille;Fonction;Courriel;Téléphone']
  for (let i = 0; i < rows; i++) {
    const company = Math.floor(i / 4)
    const first = FIRST_NAMES[i % FIRST_NAMES.length]
    const last = LAST_NAMES[company % LAST_NAMES.length]
    const domain = `atelier-${run}-${company}.exemple`
    lines.push(
      [
        `Atelier d’usinage ${company + 1} (essai ${run}) inc.`,
        CITIES[company % CITIES.length],
        `https://www.${domain}`,
        first,
        last,
        i % 4 === 0 ? 'Présidente' : 'Directeur des opérations',
        `personne.${i}@${domain}`,
        `418 555-${String(i % 10_000).padStart(4, '0')}`
      ].join(';')
    )
  }
  return new TextEncoder().encode(lines.join('\r\n'))
}

/** One import of `rows` CSV rows, timed from the file's bytes to the committed write; then undone. */
export async function importCsv(rows: number, run: number): Promise<WriteFigure> {
  const bytes = csvBytes(rows, run)
  const since = new Date().toISOString()
  const start = performance.now()
  const { rows: cells } = parseCsvCells(decodeText(bytes).text)
  const headerRow = detectHeaderRow(cells)
  const { mapping, source: tool } = mapHeaders(cells[headerRow])
  const read = readRows(cells, mapping, headerRow, sourceLanguage(tool, 'fr'))
  const plan = planImport(read.rows, await loadImportIndex(), new Map())
  const outcome = await applyImportPlan(plan)
  const ms = performance.now() - start
  const organizations = (await db().organizations.toArray()).filter((o) => o.createdAt >= since)
  const contacts = (await db().contacts.toArray()).filter((c) => c.createdAt >= since)
  const rawMs = await rawWrite({ organizations, contacts })
  await db().transaction('rw', db().organizations, db().contacts, async () => {
    await db().contacts.bulkDelete(contacts.map((c) => c.id))
    await db().organizations.bulkDelete(organizations.map((o) => o.id))
  })
  return { records: outcome.organizationsCreated + outcome.contactsCreated, ms, rawMs }
}

/** The workspace's backup file restored over it, from the file's bytes to the committed write. */
export async function restoreWorkspace(): Promise<WriteFigure> {
  const meta = { exportedAt: new Date().toISOString(), schemaVersion: LATEST_VERSION }
  const appVersion = await getPlatform().appVersion()
  const bytes = await encodeBackup(await readAllTables(), { ...meta, appVersion })
  const start = performance.now()
  const backup = await parseBackup(bytes, LATEST_VERSION)
  // the current data, kept in memory for Undo as the app keeps it
  const before = await readAllTables()
  await replaceAllTables(backup.tables, backup.schemaVersion)
  const ms = performance.now() - start
  void before
  const tables: Record<string, unknown[]> = backup.tables
  const records = Object.values(tables).reduce((n, rows) => n + rows.length, 0)
  return { records, ms, rawMs: await rawWrite(tables) }
}
