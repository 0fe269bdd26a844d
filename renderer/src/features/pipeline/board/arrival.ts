// A card moved into a column shows in its place in the click's own frame: it is placed with the
// screenful the column scrolls to, and the column is scrolled to where that screenful sits, worked
// out from the fixed card height (the virtualizer's scrollToIndex would read the column's layout).
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

export interface Arrival {
  /** The arriving card's index in its new column. */
  index: number
  /** Whether the column must scroll to show it (it lands outside the visible part). */
  offScreen: boolean
  /** The cards on screen once the column has scrolled to it. */
  screenful: { first: number; last: number }
  /** The column's scroll offset that shows it (the current one when it lands on screen). */
  scrollTop: number
}

/**
 * Where a card lands in a column of `count` fixed-height cards scrolled to `scrollOffset` px with
 * `viewport` px visible, and which cards will be on screen once it is scrolled into view (as the
 * virtualizer's `align: 'auto'` does: from below, it becomes the last card; from above, the first).
 */
export function arrivalAt(
  index: number,
  count: number,
  cardHeight: number,
  scrollOffset: number,
  viewport: number
): Arrival {
  const start = index * cardHeight
  const perScreen = Math.max(1, Math.ceil(viewport / cardHeight))
  const last = count - 1
  if (start + cardHeight > scrollOffset + viewport)
    return {
      index,
      offScreen: true,
      screenful: { first: Math.max(0, index - perScreen), last: index },
      scrollTop: start + cardHeight - viewport
    }
  if (start < scrollOffset)
    return {
      index,
      offScreen: true,
      screenful: { first: index, last: Math.min(last, index + perScreen) },
      scrollTop: start
    }
  return { index, offScreen: false, screenful: { first: index, last: index }, scrollTop: scrollOffset }
}

/** The virtualizer's indexes, plus the arriving card's screenful, in order. */
export function withArrival(range: Range, arrival: Arrival | null): number[] {
  const indexes = defaultRangeExtractor(range)
  if (!arrival) return indexes
  const all = new Set(indexes)
  for (let i = arrival.screenful.first; i <= arrival.screenful.last; i++) all.add(i)
  return [...all].sort((a, b) => a - b)
}
