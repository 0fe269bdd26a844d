import { useEffect, useState } from 'react'

/**
 * False for a screen's first paint, true from the frame after: a long screen renders its first
 * screenful, then the rest. (Not a transition: a transition holding live queries never committed
 * under the tests' happy-dom, and the rest is a few tens of rows.)
 */
export function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, painted])
  return painted
}
