import { startTransition, useEffect, useState } from 'react'

/**
 * False for a screen's first paint, true from the frame after: a long screen renders its first
 * screenful, then the rest. With `asTransition` the rest renders as a transition, so a click still
 * goes first (Today does without: a transition holding its live queries never committed under the
 * tests' happy-dom).
 */
export function usePaintedOnce(ready: boolean, asTransition = false): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return
    let timer = 0
    const frame = requestAnimationFrame(() => {
      const paint = () => setPainted(true)
      timer = window.setTimeout(() => (asTransition ? startTransition(paint) : paint()))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, painted, asTransition])
  return painted
}
