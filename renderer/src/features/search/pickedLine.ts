import type { SpotlightStore } from '@mantine/spotlight'

/**
 * Keeps Spotlight's mark (data-selected, what Enter runs) on the line picked once a new answer is
 * drawn. Lines are reused in place, so the mark usually stays where it was; it moves only when
 * lines appeared or went above or at the picked one (results arriving above the actions). No
 * scrolling and nothing measured: the picked line did not move on screen.
 */
export function markPickedLine(store: SpotlightStore): void {
  const { selected, listId } = store.getState()
  const list = listId ? document.getElementById(listId) : null
  if (!list) return
  const lines = list.querySelectorAll('[data-action]')
  if (lines.length === 0) return
  // none picked: Spotlight looked for a first line before a fast-typed word's results arrived, and
  // Enter takes the first line then (SearchPalette), so that is the line shown picked
  const index = selected < 0 ? 0 : Math.min(selected, lines.length - 1)
  const line = lines[index]
  if (line.hasAttribute('data-selected')) return
  list.querySelector('[data-selected]')?.removeAttribute('data-selected')
  line.setAttribute('data-selected', 'true')
  store.updateState((state) => ({ ...state, selected: index }))
}
