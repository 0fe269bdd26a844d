// The screen figures (2 to 6, 9): each drives the bench build in Chromium and times, in the page,
// from the action to the painted result; each also reads the same records straight from
// IndexedDB (the floor). `bench` is window.relaisBench (renderer/src/bench/hooks.ts).
import { summarise } from './stats.mjs'

const TIMELINE_ENTRY = 'section section li[aria-label]'
export const TABLE_ROW = '[role=table] [role=row][aria-rowindex]'
const TODAY_READY = 'main section li'

export async function repeat(runs, once) {
  const values = []
  for (let i = 0; i < runs; i++) values.push(await once(i))
  return values
}

export const inPage = (page, fn, arg) => page.evaluate(fn, arg)
export const floorOf = (page, name, arg) =>
  inPage(page, ([n, a]) => window.relaisBench.floors[n](a), [name, arg])

export async function goHome(page) {
  await inPage(page, (selector) => window.relaisBench.timeUntil({ hash: '#/today', selector }), TODAY_READY)
}

/**
 * Dexie keeps a live query's result in memory for 3 s after the last screen that read it is left
 * (its query cache): a screen opened again sooner is served that copy instead of reading the
 * database. A person seldom comes back to a screen that fast, and a screen's first visit finds no
 * copy, so every run of a screen figure waits until Dexie dropped the results of the screens left:
 * each run measures the same visit. (Before, runs 2 to 5 of Today, Impact and Reports were faster
 * than their floors.) Results the screen on show still uses stay, as they do for a person.
 */
export const outlastQueryCache = (page) =>
  page
    .waitForFunction(() => window.relaisBench.leftQueriesCached() === 0, null, {
      polling: 100,
      timeout: 15_000
    })
    .catch(() => console.warn('  (Dexie still kept results of a screen left after 15 s)'))

/** Today, then the wait above: the way to start each run of a screen figure. */
export async function leaveForToday(page) {
  await goHome(page)
  await outlastQueryCache(page)
}

export async function openBenchPage(context, url) {
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => 'relaisBench' in window)
  return page
}

/** Figure 2: from navigation to Today showing its follow-ups, on a fresh page each run. */
export async function coldStart(context, url, runs) {
  const times = await repeat(runs, async () => {
    const page = await openBenchPage(context, `${url}#/today`)
    // since 0 = the page's navigation start
    const ms = await inPage(
      page,
      (selector) => window.relaisBench.timeUntil({ selector, since: 0 }),
      TODAY_READY
    )
    await page.close()
    return ms
  })
  const page = await openBenchPage(context, `${url}#/today`)
  await goHome(page)
  const floors = await repeat(runs, () => floorOf(page, 'today'))
  await page.close()
  return { ms: summarise(times), floor: summarise(floors) }
}

/** Figure 3: Companies list first render, then scrolled to its end a screen at a time. */
export async function companiesList(page, runs) {
  const times = await repeat(runs, async () => {
    await leaveForToday(page)
    return inPage(
      page,
      (selector) => window.relaisBench.timeUntil({ hash: '#/companies', selector, count: 10 }),
      TABLE_ROW
    )
  })
  const scroll = await inPage(page, () =>
    window.relaisBench.watchFrames('[data-testid=virtual-table-scroller]')
  )
  const floors = await repeat(runs, () => floorOf(page, 'companies'))
  return { ms: summarise(times), floor: summarise(floors), scroll }
}

/**
 * Figure 4: the busiest company's page until its first timeline page (40 entries) shows; 4a: the
 * same navigation until the page shows its first screenful of entries (10). Both are watched from
 * the hash change: 40 entries painted in 4a's frame count from that frame.
 */
export async function companyPage(page, runs) {
  const company = await inPage(page, () => window.relaisBench.busiestCompany())
  const shown = Math.min(40, company.interactions)
  const times = await repeat(runs, async () => {
    await leaveForToday(page)
    return inPage(
      page,
      async ([id, selector, count]) => {
        const [first, all] = await window.relaisBench.timesUntil({
          hash: `#/companies/${id}`,
          selector,
          counts: [Math.min(10, count), count]
        })
        return { first, all }
      },
      [company.id, TIMELINE_ENTRY, shown]
    )
  })
  const floors = await repeat(runs, () => floorOf(page, 'company', company.id))
  const floor = summarise(floors)
  return {
    company,
    ms: summarise(times.map((t) => t.all)),
    firstScreen: { ms: summarise(times.map((t) => t.first)), floor },
    floor
  }
}

const BOARD_CARD = '[role=group] section li[aria-label]'

/** Figure 5: the pipeline board until its first cards show, then one move until the card is in its new column. */
export async function pipelineBoard(page, runs) {
  const times = await repeat(runs, async () => {
    await leaveForToday(page)
    return inPage(
      page,
      (selector) => window.relaisBench.timeUntil({ hash: '#/pipeline', selector, count: 10 }),
      BOARD_CARD
    )
  })
  const floors = await repeat(runs, () => floorOf(page, 'pipeline'))
  const moves = await repeat(runs, async () => {
    // The first card, and the column next to its own (the one before, from the last column)
    const move = await inPage(
      page,
      (card) => {
        const columns = [...document.querySelectorAll('[role=group] section')]
        const first = document.querySelector(card)
        const from = columns.indexOf(first.closest('section'))
        const to = from + 1 < columns.length ? from + 1 : from - 1
        return {
          label: first.getAttribute('aria-label'),
          to,
          stage: columns[to].querySelector('h3').textContent
        }
      },
      BOARD_CARD
    )
    await page
      .locator(BOARD_CARD)
      .first()
      .getByRole('button', { name: /^Déplacer/ })
      .click()
    const card = `li[aria-label=${JSON.stringify(move.label)}]`
    await inPage(
      page,
      ([selector, index]) => {
        const mark = (event) => {
          if (!event.target.closest?.('[role=menuitem]')) return
          window.benchClickAt = performance.now()
          document.removeEventListener('click', mark, true)
        }
        document.addEventListener('click', mark, true)
        window.relaisBench.armShown({ selector, within: { selector: '[role=group] section', index } })
      },
      [card, move.to]
    )
    await page.getByRole('menuitem', { name: move.stage, exact: true }).click()
    // Shown (the first frame with the card on screen in its new column), then stored (not busy)
    return inPage(
      page,
      async ([selector, index]) => {
        const since = window.benchClickAt
        const within = { selector: '[role=group] section', index }
        const shown = await window.relaisBench.shownSince(since)
        const stored = await window.relaisBench.timeUntil({
          selector: `${selector}:not([aria-busy])`,
          since,
          within
        })
        return { shown, stored }
      },
      [card, move.to]
    )
  })
  const moveFloors = await repeat(runs, () => floorOf(page, 'stageChange'))
  return {
    ms: summarise(times),
    floor: summarise(floors),
    move: {
      ms: summarise(moves.map((m) => m.shown)),
      stored: summarise(moves.map((m) => m.stored)),
      floor: summarise(moveFloors)
    }
  }
}

/** Figure 6: quick log on the company page, from Ctrl+Enter to the entry on the timeline. */
export async function quickLog(page, runs, companyId) {
  const times = await repeat(runs, async (i) => {
    await inPage(
      page,
      ([id, selector]) => window.relaisBench.timeUntil({ hash: `#/companies/${id}`, selector }),
      [companyId, TIMELINE_ENTRY]
    )
    const title = `Mesure ${Date.now()} ${i}`
    await page.getByRole('main').getByRole('button', { name: 'Consigner une rencontre' }).click()
    await page
      .getByRole('dialog')
      .getByRole('textbox', { name: /^Sujet/ })
      .fill(title)
    await inPage(
      page,
      ([selector, text]) => {
        window.benchKeyAt = undefined
        const mark = (event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
          window.benchKeyAt = performance.now()
          document.removeEventListener('keydown', mark, true)
        }
        document.addEventListener('keydown', mark, true)
        window.relaisBench.armShown({ selector, text })
      },
      [TIMELINE_ENTRY, title]
    )
    await page.keyboard.press('Control+Enter')
    // Shown (the first frame with the entry on screen), then stored (no longer marked busy)
    return inPage(
      page,
      async ([selector, text]) => {
        const since = window.benchKeyAt
        const shown = await window.relaisBench.shownSince(since)
        const stored = await window.relaisBench.timeUntil({
          selector: `${selector}:not([aria-busy])`,
          text,
          since
        })
        return { shown, stored }
      },
      [TIMELINE_ENTRY, title]
    )
  })
  const floors = await repeat(runs, () => floorOf(page, 'quickLog'))
  return {
    ms: summarise(times.map((t) => t.shown)),
    stored: summarise(times.map((t) => t.stored)),
    floor: summarise(floors)
  }
}

/** Figure 9: the renderer's JS heap after a garbage collection, with the app on Today. */
export async function heap(page) {
  await goHome(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return { usedMB: Math.round(usedSize / 1048576) }
}
