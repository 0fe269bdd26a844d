// Screen figures 10 to 14: Today in full (280 flagged companies, 500 open follow-ups on the large
// workspace), Impact and the Reports preview over the last twelve months, saving an event-mode
// draft of 20 encounters, and the palette's results per keystroke. Timed in the page like 2 to 6.
import { floorOf, goHome, inPage, leaveForToday, outlastQueryCache, repeat, TABLE_ROW } from './screens.mjs'
import { summarise } from './stats.mjs'

const FLAGGED = 'ul[aria-label^="Risques signalés"] li'
const FOLLOW_UP = 'main section li'

/** From one hash to a screen: every selector in `waits` painted. */
const openUntil = (page, hash, waits) =>
  inPage(page, (options) => window.relaisBench.timeUntilAll(options), { hash, waits })

/** Leaves Today for a light screen, so that going back renders Today again. */
const leaveToday = (page) => openUntil(page, '#/settings', [{ selector: 'main h2', text: 'Paramètres' }])

/** Figure 10: Today again from another screen, until its follow-ups and flagged companies show. */
export async function todayFull(page, runs) {
  const holds = await inPage(page, () => window.relaisBench.todayCounts())
  const times = await repeat(runs, async () => {
    await leaveToday(page)
    await outlastQueryCache(page)
    return openUntil(page, '#/today', [
      { selector: FOLLOW_UP },
      { selector: FLAGGED, count: Math.min(10, holds.flagged) }
    ])
  })
  const floors = await repeat(runs, () => floorOf(page, 'todayFull'))
  return { ms: summarise(times), floor: summarise(floors), ...holds }
}

/** Figures 11 and 12: a period screen set to the last twelve months, until its table (and charts) show. */
async function periodScreen(page, runs, { hash, waits, floor, remember }) {
  await inPage(page, remember)
  const times = await repeat(runs, async () => {
    await leaveForToday(page)
    return openUntil(page, hash, waits)
  })
  const floors = await repeat(runs, () => floorOf(page, floor))
  return { ms: summarise(times), floor: summarise(floors) }
}

export const impactScreen = (page, runs) =>
  periodScreen(page, runs, {
    hash: '#/impact',
    waits: [{ selector: TABLE_ROW }, { selector: 'main .recharts-surface' }],
    floor: 'impact',
    remember: () => {
      const range = window.relaisBench.lastYear()
      const filter = JSON.parse(sessionStorage.getItem('relais.impact') ?? '{}').filter
      sessionStorage.setItem(
        'relais.impact',
        JSON.stringify({ preset: 'range', range, ...(filter && { filter }) })
      )
    }
  })

export const reportsPreview = (page, runs) =>
  periodScreen(page, runs, {
    hash: '#/reports',
    waits: [{ selector: TABLE_ROW, count: 10 }],
    floor: 'report',
    remember: () => {
      const range = window.relaisBench.lastYear()
      localStorage.setItem('relais.reports', JSON.stringify({ report: 'activity', preset: 'range', range }))
    }
  })

const ENCOUNTERS = 20

/** Figure 13: event mode holding a draft of 20 encounters; from the click on Save to « 20 rencontres enregistrées ». */
export async function eventModeSave(page, runs) {
  const saved = `${ENCOUNTERS} rencontres enregistrées`
  const times = await repeat(runs, async () => {
    const eventId = await inPage(page, (n) => window.relaisBench.seedEncounterDraft(n), ENCOUNTERS)
    await goHome(page)
    await page.evaluate((hash) => (window.location.hash = hash), `#/events/${eventId}/capture`)
    const save = page.getByRole('button', { name: `Enregistrer ${ENCOUNTERS} rencontres` })
    await save.waitFor()
    // the previous run's message closed, so the one awaited is this run's
    const previous = page.locator('.mantine-Notification-root', { hasText: saved })
    for (const message of await previous.all()) await message.getByRole('button').click()
    await page.waitForFunction(
      (text) =>
        ![...document.querySelectorAll('.mantine-Notification-root')].some((n) =>
          n.textContent.includes(text)
        ),
      saved
    )
    await inPage(page, () => {
      const mark = (event) => {
        if (!event.target.closest?.('button')) return
        window.benchClickAt = performance.now()
        document.removeEventListener('click', mark, true)
      }
      document.addEventListener('click', mark, true)
    })
    await save.click()
    return inPage(
      page,
      (text) =>
        window.relaisBench.timeUntil({
          selector: '.mantine-Notification-root',
          text,
          since: window.benchClickAt
        }),
      saved
    )
  })
  const floors = await repeat(runs, () => floorOf(page, 'encounters', ENCOUNTERS))
  return { ms: summarise(times), floor: summarise(floors), encounters: ENCOUNTERS }
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Types `text` a key at a time; returns, for each key, the ms from its keydown to the results marked with what is typed. */
async function typeAndTime(page, text) {
  const times = []
  for (let k = 0; k < text.length; k++) {
    // armed before the key: the end is the first frame that painted the marks of what is typed so
    // far (not frames found later through the driver's round trip)
    const target = { selector: '[role=dialog] mark', folded: text.slice(0, k + 1), timeoutMs: 180_000 }
    await inPage(
      page,
      (o) => {
        const mark = () => {
          window.benchKeyAt = performance.now()
          document.removeEventListener('keydown', mark, true)
        }
        document.addEventListener('keydown', mark, true)
        window.relaisBench.armShown(o)
      },
      target
    )
    await page.keyboard.press(text[k])
    // the index may still be loading the first time: as long as it takes
    times.push(await inPage(page, () => window.relaisBench.shownSince(window.benchKeyAt)))
  }
  return times
}

/**
 * Figure 14: Ctrl+K, then a company's name typed a key at a time; each key from the third, from
 * its keydown to the end of the first frame that painted the results marked with what is typed so far.
 */
export async function paletteSearch(page, runs, companyName) {
  const longest = companyName.split(/\s+/).sort((a, b) => b.length - a.length)[0]
  const query = fold(longest)
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8)
  const input = page.getByRole('textbox', { name: 'Rechercher' })
  const open = async () => {
    await goHome(page)
    await page.keyboard.press('Control+K')
    await input.waitFor()
    await input.fill('')
  }
  await open()
  await typeAndTime(page, query)
  await page.keyboard.press('Escape')
  const keys = []
  const floors = []
  for (let run = 0; run < runs; run++) {
    await open()
    keys.push(...(await typeAndTime(page, query)).slice(2))
    floors.push(await floorOf(page, 'palette', query))
    await page.keyboard.press('Escape')
  }
  return { ms: summarise(keys), floor: summarise(floors), query, keystrokes: keys.length }
}
