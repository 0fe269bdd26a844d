// In-page timing of "shown" (figures 5b, 6 and 14): from the action to the end of the first
// frame that painted its result where the person looks. Armed before the action, it checks each
// frame's DOM in that frame's animation callback, so neither the driver's round trip nor the
// frames after the result (the write, its read-back) are counted.
import { foldText } from '@shared/domain/text'

interface ShownTarget {
  selector: string
  /** The element's text includes this. */
  text?: string
  /** The element's text is exactly this once accents and case are folded away (a search mark). */
  folded?: string
  /** Look only inside the index-th element matching this selector (e.g. one board column). */
  within?: { selector: string; index: number }
  timeoutMs?: number
}

let armed: Promise<number> | null = null

const CLIPS = new Set(['auto', 'scroll', 'hidden', 'clip', 'overlay'])

/** The element's box meets the window and every box that clips it (a scrolled column, the page). */
export function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect()
  if (box.height === 0 || box.bottom <= 0 || box.top >= window.innerHeight) return false
  for (let n = element.parentElement; n; n = n.parentElement) {
    if (!CLIPS.has(getComputedStyle(n).overflowY)) continue
    const clip = n.getBoundingClientRect()
    if (box.bottom <= clip.top || box.top >= clip.bottom) return false
  }
  return true
}

function find({ selector, text, folded, within }: ShownTarget): Element | undefined {
  const root = within ? document.querySelectorAll(within.selector)[within.index] : document
  return [...(root?.querySelectorAll(selector) ?? [])].find(
    (e) =>
      (!text || (e.textContent ?? '').includes(text)) &&
      (folded === undefined || foldText(e.textContent ?? '') === folded)
  )
}

/** Resolves after the current frame's rendering, which runs in the same task as its callbacks. */
const afterThisFrame = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })

/** Starts watching the frames for the target, which must not be on screen yet. */
export function armShown(target: ShownTarget): void {
  const timeoutMs = target.timeoutMs ?? 60_000
  const start = performance.now()
  armed = new Promise<number>((resolve, reject) => {
    const check = () => {
      const element = find(target)
      if (element && onScreen(element)) return void afterThisFrame().then(resolve)
      if (performance.now() - start > timeoutMs)
        return reject(new Error(`timeout waiting for ${target.selector} ${target.text ?? ''}`))
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

/** The ms from `since` (the action) to the end of the first frame that showed the armed target. */
export async function shownSince(since: number): Promise<number> {
  if (!armed) throw new Error('armShown first')
  const paintedAt = await armed
  armed = null
  return paintedAt - since
}
