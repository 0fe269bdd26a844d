// @vitest-environment happy-dom
// Figures 5b and 6 stop at the first frame that shows the card or entry on screen: an element in
// the DOM but scrolled out of its column's view does not count yet.
import { afterEach, describe, expect, it } from 'vitest'
import { armShown, onScreen, shownSince } from '@renderer/bench/shown'

/** Gives an element a fixed box (happy-dom lays nothing out). */
function boxed<T extends HTMLElement>(element: T, top: number, height: number): T {
  element.getBoundingClientRect = () => new DOMRect(0, top, 200, height)
  return element
}

/** A column scrolled to show 100–600 px of the window, holding one card at `cardTop`. */
function column(cardTop: number, title = 'Usine de Lévis') {
  const scroller = boxed(document.createElement('div'), 100, 500)
  scroller.style.overflowY = 'auto'
  const card = boxed(document.createElement('li'), cardTop, 144)
  card.setAttribute('aria-label', title)
  card.textContent = title
  scroller.append(card)
  document.body.append(scroller)
  return card
}

afterEach(() => document.body.replaceChildren())

describe('on screen', () => {
  it('counts a card inside its column’s visible part', () => {
    expect(onScreen(column(300))).toBe(true)
    expect(onScreen(column(550))).toBe(true) // the top 50 px show
  })

  it('does not count a card below or above what its column shows, nor one not laid out', () => {
    expect(onScreen(column(600))).toBe(false)
    expect(onScreen(column(-44))).toBe(false)
    expect(onScreen(boxed(column(300), 300, 0))).toBe(false)
  })
})

describe('shown since the action', () => {
  it('waits for the frame where the card is scrolled into view, not the one that added it', async () => {
    armShown({ selector: 'li[aria-label]', text: 'Lévis' })
    const since = performance.now()
    const card = column(2000)
    let shown: number | undefined
    void shownSince(since).then((ms) => (shown = ms))
    await new Promise((r) => setTimeout(r, 100))
    expect(shown).toBeUndefined()
    boxed(card, 400, 144)
    await new Promise((r) => setTimeout(r, 100))
    expect(shown).toBeGreaterThanOrEqual(100)
  })

  it('ignores another card than the one named', async () => {
    armShown({ selector: 'li[aria-label]', text: 'Lévis', timeoutMs: 150 })
    const since = performance.now()
    column(300, 'Scierie Dubé')
    await expect(shownSince(since)).rejects.toThrow('timeout waiting for li[aria-label] Lévis')
  })
})

describe('a search mark, by its folded text', () => {
  it('counts the mark of what is typed so far, accents and case aside, not a shorter one', async () => {
    armShown({ selector: 'mark', folded: 'lev', timeoutMs: 150 })
    const since = performance.now()
    const shorter = boxed(document.createElement('mark'), 300, 20)
    shorter.textContent = 'Lé'
    document.body.append(shorter)
    await expect(shownSince(since)).rejects.toThrow('timeout waiting for mark')

    armShown({ selector: 'mark', folded: 'lev' })
    const typed = boxed(document.createElement('mark'), 300, 20)
    typed.textContent = 'Lév'
    document.body.append(typed)
    await expect(shownSince(performance.now())).resolves.toBeGreaterThanOrEqual(0)
  })
})
