import { useEffect, useState } from 'react'

/**
 * False until the browser has been idle once after `ready`: work a screen can do later (a side
 * card's reads) waits for the screen's own reads and render. `timeoutMs` bounds the wait on a
 * machine that is never idle. Leaving the screen before then cancels it.
 */
export function useIdleAfter(ready: boolean, timeoutMs: number): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!ready || idle) return
    const done = () => setIdle(true)
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(done)
      return () => clearTimeout(timer)
    }
    const handle = requestIdleCallback(done, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }, [ready, idle, timeoutMs])
  return idle
}
