import { useCallback, useState } from 'react'

/** What useRememberedState(key, initial) would start from now; for code outside the owning screen. */
export function readRememberedState<T>(key: string, initial: T): T {
  try {
    const stored = localStorage.getItem(key)
    return stored ? { ...initial, ...(JSON.parse(stored) as T) } : initial
  } catch {
    return initial
  }
}

/** useState kept on this computer across restarts (a screen's last choices, not records). */
export function useRememberedState<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => readRememberedState(key, initial))
  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setValue((prev) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next
        try {
          localStorage.setItem(key, JSON.stringify(resolved))
        } catch {
          // storage full or denied: the choice still holds for this visit
        }
        return resolved
      })
    },
    [key]
  )
  return [value, set]
}
