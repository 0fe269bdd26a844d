// In-page timing for the benchmark: from an action to the frame that shows its result.
import { foldText } from '@shared/domain/text'

/** Resolves after the browser painted the current state (two animation frames). */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))

interface WaitOptions {
  hash?: string
  selector: string
  text?: string
  /** Exactly this text once accents and case are folded away (a search mark). */
  folded?: string
  since?: number
  timeoutMs?: number
  /** Look only inside the index-th element matching this selector (e.g. one board column). */
  within?: { selector: string; index: number }
}

/**
 * Runs `action` (a hash to go to, or nothing when the driver acts itself right after), then waits
 * until `selector` matches at least `count` elements whose text includes `text`; returns the ms.
 */
export async function timeUntil(options: WaitOptions & { count?: number }): Promise<number> {
  const [ms] = await timesUntil({ ...options, counts: [options.count ?? 1] })
  return ms
}

/**
 * As timeUntil, for several counts of the same elements (ascending): the ms until each count was
 * painted. Each is watched from the action on, so a count reached while an earlier one's frames
 * are still being painted is timed from its own frame, not after them.
 */
export async function timesUntil(options: WaitOptions & { counts: number[] }): Promise<number[]> {
  const { hash, selector, counts, text, folded, within, timeoutMs = 60_000 } = options
  const start = options.since ?? performance.now()
  const root = () => (within ? document.querySelectorAll(within.selector)[within.index] : document)
  // A navigation is a React transition: the screen left stays in the DOM while the next one
  // renders (and may still add elements), so nothing inside it counts as the next screen
  const navigates = hash !== undefined && window.location.hash !== hash
  const before = new Set(navigates ? document.querySelectorAll(selector) : [])
  const left = new Set(navigates ? (document.querySelector('main')?.children ?? []) : [])
  const inScreenLeft = (e: Element) => {
    for (let n: Element | null = e; n; n = n.parentElement) if (left.has(n)) return true
    return false
  }
  if (navigates) window.location.hash = hash
  const matching = () =>
    [...(root()?.querySelectorAll(selector) ?? [])].filter(
      (e) =>
        !before.has(e) &&
        !inScreenLeft(e) &&
        (!text || (e.textContent ?? '').includes(text)) &&
        (folded === undefined || foldText(e.textContent ?? '') === folded)
    ).length
  const times: Promise<number>[] = []
  for (;;) {
    const found = matching()
    while (times.length < counts.length && found >= counts[times.length])
      times.push(painted().then(() => performance.now() - start))
    if (times.length === counts.length) return Promise.all(times)
    if (performance.now() - start > timeoutMs)
      throw new Error(`timeout waiting for ${selector} ${text ?? ''}`)
    await new Promise((r) => requestAnimationFrame(r))
  }
}

/** Goes to `hash`, then waits for each selector in turn; returns the ms until the last one painted. */
export async function timeUntilAll(options: {
  hash: string
  waits: { selector: string; count?: number; text?: string }[]
}): Promise<number> {
  const since = performance.now()
  window.location.hash = options.hash
  let ms = 0
  for (const wait of options.waits) ms = await timeUntil({ ...wait, since })
  return ms
}

/** Scrolls an element to its end a screen at a time; returns the longest task and the worst frame. */
export async function watchFrames(
  scrollerSelector: string
): Promise<{ longestTaskMs: number; worstFrameMs: number; frames: number }> {
  const tasks: number[] = []
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)))
  observer.observe({ type: 'longtask' })
  const scroller = document.querySelector(scrollerSelector)
  if (!scroller) throw new Error(`no ${scrollerSelector}`)
  let worstFrameMs = 0
  let frames = 0
  let last = performance.now()
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += scroller.clientHeight
    await new Promise((r) => requestAnimationFrame(r))
    const now = performance.now()
    worstFrameMs = Math.max(worstFrameMs, now - last)
    last = now
    frames++
  }
  await painted()
  observer.disconnect()
  return { longestTaskMs: Math.max(0, ...tasks), worstFrameMs, frames }
}
