// Write figures 15 and 16, in the page: a 10,000-row CSV imported as the wizard writes it, and the
// workspace's own backup restored over it; records per second against the raw write floor.
import { summarise } from './stats.mjs'

const IMPORT_ROWS = 10_000

function rates(runs) {
  const perSecond = (records, ms) => Math.round(records / (ms / 1000))
  return {
    records: runs[0].records,
    ms: summarise(runs.map((r) => r.ms)),
    recordsPerSecond: summarise(runs.map((r) => perSecond(r.records, r.ms))),
    rawRecordsPerSecond: summarise(runs.map((r) => perSecond(r.records, r.rawMs)))
  }
}

/** Figure 15: each run imports 10,000 new people (2,500 new companies), then takes them away. */
export async function csvImport(page, runs) {
  const results = []
  for (let run = 0; run < runs; run++)
    results.push(
      await page.evaluate(([rows, n]) => window.relaisBench.importCsv(rows, n), [IMPORT_ROWS, run])
    )
  return { rows: IMPORT_ROWS, ...rates(results) }
}

/** Figure 16: the backup file of the loaded workspace restored over it (the same data back). */
export async function backupRestore(page, runs) {
  const results = []
  for (let run = 0; run < runs; run++)
    results.push(await page.evaluate(() => window.relaisBench.restoreWorkspace()))
  return rates(results)
}
