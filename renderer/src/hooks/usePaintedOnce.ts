import { useEffect, useState } from 'react'

/**
 * False for a screen's first paint, true from the frame after: a long screen renders its first
 * screenful, then the rest in one update (a transition would render the rest in slices with a
 * frame between each: the company page's 30 later entries painted ~8 ms later that way).
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
