import { useEffect, useState } from 'react'

/**
 * An AbortSignal aborted when the component unmounts: a long read started for a screen stops
 * between its steps once the person has left, so the next screen's reads are not queued behind it.
 */
export function useLeaveSignal(): AbortSignal {
  const [controller, setController] = useState(() => new AbortController())
  useEffect(() => {
    // StrictMode's rehearsal unmount aborted it: the mounted component needs a live one
    if (controller.signal.aborted) setController(new AbortController())
    return () => controller.abort()
  }, [controller])
  return controller.signal
}
