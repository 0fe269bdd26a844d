import { useCallback, useState } from 'react'

/** What useSessionState(key, initial) would start from now; for code outside the owning screen. */
export function readSessionState<T>(key: string, initial: T): T {
  try {
    const stored = sessionStorage.getItem(key)
    return stored ? { ...initial, ...(JSON.parse(stored) as T) } : initial
  } catch {
    return initial
  }
}

/** useState that survives leaving and coming back to a screen (per window session). */
export function useSessionState<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => readSessionState(key, initial))
  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setValue((prev) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next
        sessionStorage.setItem(key, JSON.stringify(resolved))
        return resolved
      })
    },
    [key]
  )
  return [value, set]
}
