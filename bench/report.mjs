// The terminal table: each figure with its median, 95th percentile, floor, ratio and target.
const ms = (v) => (v === undefined || v === null ? '—' : `${v} ms`)

function screenRow(figure, result, target) {
  if (!result) return { figure, median: 'not measured', p95: '', floor: '', ratio: '', target }
  const ratio =
    result.floor && result.floor.median > 0 ? (result.ms.median / result.floor.median).toFixed(1) : '—'
  return {
    figure,
    median: ms(result.ms.median),
    p95: ms(result.ms.p95),
    floor: ms(result.floor?.median),
    ratio: `${ratio}×`,
    target
  }
}

/**
 * The general rule: a screen whose floor is 30 ms or more stays within 3× its floor; under
 * 30 ms the floor says too little to hold the screen to (the figure is measured, or held only to
 * its own target).
 */
const FLOOR_RULE_MIN_MS = 30
function screenTarget(own, result) {
  const ruled = (result?.floor?.median ?? 0) >= FLOOR_RULE_MIN_MS
  if (!ruled) return own ?? 'measured'
  return own ? `${own}, ≤ 3× floor` : '≤ 3× floor'
}

/** The write's completion behind an optimistic figure: from the same action to the stored mark. */
function storedRow(figure, result) {
  if (!result?.stored) return screenRow(figure, null, '')
  return screenRow(figure, { ms: result.stored, floor: result.floor }, 'write follows')
}

/** The --busy run (one core kept busy): the screen figures against twice their targets. */
function busyRows(b) {
  if (!b) return []
  return [
    screenRow('busy · 2. cold start to Today', b.coldStart, '≤ 2000 ms'),
    screenRow('busy · 3. companies list', b.companiesList, '≤ 600 ms'),
    screenRow('busy · 4. company page', b.companyPage, '≤ 300 ms'),
    screenRow('busy · 5. pipeline board', b.pipelineBoard, '≤ 600 ms'),
    screenRow('busy · 5b. stage change shown', b.stageChange, '≤ 100 ms'),
    screenRow('busy · 6. quick log to timeline', b.quickLog, '≤ 100 ms')
  ]
}

/** Figures 15 and 16: records per second through the app against the raw write floor. */
function writeRow(figure, w) {
  if (!w) return screenRow(figure, null, '')
  return {
    figure,
    median: `${w.recordsPerSecond.median.toLocaleString('en')} rec/s`,
    p95: `${w.records.toLocaleString('en')} records in ${Math.round(w.ms.median)} ms`,
    floor: `${w.rawRecordsPerSecond.median.toLocaleString('en')} rec/s raw`,
    ratio: `${Math.round((100 * w.recordsPerSecond.median) / w.rawRecordsPerSecond.median)} %`,
    target: 'measured'
  }
}

/** Figures 10 to 16 (issue 16's "also measure"). */
function laterRows(r) {
  const today = r.today
    ? `10. Today (${r.today.flagged} flagged, ${r.today.open} open follow-ups)`
    : '10. Today'
  return [
    screenRow(today, r.today, screenTarget(null, r.today)),
    screenRow('11. Impact, last 12 months', r.impact, screenTarget(null, r.impact)),
    screenRow('12. Reports preview, a year of activity', r.report, screenTarget(null, r.report)),
    screenRow(
      `13. event mode, ${r.eventMode?.encounters ?? 20} encounters saved`,
      r.eventMode,
      screenTarget(null, r.eventMode)
    ),
    screenRow('14. Ctrl+K, keystroke to results', r.palette, 'p95 ≤ 50 ms'),
    writeRow(`15. import of a ${(r.csvImport?.rows ?? 10_000).toLocaleString('en')}-row CSV`, r.csvImport),
    writeRow('16. restore of the workspace backup', r.restore)
  ]
}

export function tableRows(r) {
  return [
    {
      figure: '1. load through repositories',
      median: `${r.load.recordsPerSecond.toLocaleString('en')} rec/s`,
      p95: `${r.load.records.toLocaleString('en')} records in ${r.load.ms} ms`,
      floor: `${r.load.rawRecordsPerSecond.toLocaleString('en')} rec/s raw`,
      ratio: `${Math.round((100 * r.load.recordsPerSecond) / r.load.rawRecordsPerSecond)} %`,
      target: '≥ 80 % of raw'
    },
    // the issue gives cold start its own target (≤ 1 s), not the screens' 3× floor rule
    screenRow('2. cold start to Today', r.coldStart, '≤ 1000 ms'),
    screenRow('3. companies list, first render', r.companiesList, screenTarget('≤ 300 ms', r.companiesList)),
    {
      figure: '3b. scrolling the list to its end',
      median: `longest task ${ms(Math.round(r.companiesList.scroll.longestTaskMs))}`,
      p95: `worst frame ${ms(Math.round(r.companiesList.scroll.worstFrameMs))}`,
      floor: `${r.companiesList.scroll.frames} screens`,
      ratio: '',
      target: 'no task > 50 ms'
    },
    screenRow(
      `4. company page (${r.companyPage.company.interactions} interactions)`,
      r.companyPage,
      screenTarget('≤ 150 ms', r.companyPage)
    ),
    screenRow(
      '4a. company page, first screenful',
      r.companyPage.firstScreen,
      screenTarget('≤ 150 ms', r.companyPage.firstScreen)
    ),
    screenRow('5. pipeline board', r.pipelineBoard, screenTarget('≤ 300 ms', r.pipelineBoard)),
    screenRow('5b. stage change shown', r.stageChange, '≤ 50 ms'),
    storedRow('5c. stage change stored', r.stageChange),
    screenRow('6. quick log to timeline', r.quickLog, '≤ 50 ms'),
    storedRow('6b. quick log stored', r.quickLog),
    r.search
      ? {
          figure: '7. search per keystroke (Node)',
          median: ms(r.search.medianMs),
          p95: ms(r.search.p95Ms),
          floor: `index ${r.search.buildMs} ms, +${r.search.heapMB} MB`,
          ratio: '',
          target: 'p95 ≤ 50 ms'
        }
      : screenRow('7. search per keystroke', null, 'p95 ≤ 50 ms'),
    ...(r.export
      ? [
          ['8. XLSX export (Node)', r.export.xlsx, '≤ 3000 ms, ≤ 200 MB'],
          ['8. CSV export (Node)', r.export.csv, '≤ 500 ms']
        ].map(([figure, e, target]) => ({
          figure,
          median: ms(e.ms),
          p95: `peak +${e.peakAboveBaselineMB} MB`,
          floor: `${e.rows.toLocaleString('en')} rows`,
          ratio: '',
          target
        }))
      : []),
    {
      figure: '9. JS heap after loading',
      median: `${r.heap.usedMB} MB`,
      p95: '',
      floor: '',
      ratio: '',
      target: '≤ 250 MB'
    },
    ...laterRows(r),
    ...busyRows(r.busy)
  ]
}

const machineLine = (r) =>
  `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}, ` +
  `Chromium ${r.browser?.chromium}; ${r.machine.dataset} dataset, ${r.machine.runs} runs, ${r.machine.date}`

export function printTable(r) {
  console.table(tableRows(r))
  console.log(machineLine(r))
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function markdownTable(r) {
  const columns = ['figure', 'median', 'p95', 'floor', 'ratio', 'target']
  const line = (cells) => `| ${cells.map((c) => String(c ?? '').replace(/[|']/g, '')).join(' | ')} |`
  return [
    line(columns),
    line(columns.map(() => '---')),
    ...tableRows(r).map((row) => line(columns.map((c) => row[c]))),
    '',
    machineLine(r)
  ].join('\n')
}
