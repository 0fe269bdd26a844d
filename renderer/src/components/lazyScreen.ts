import { lazy, type ComponentType } from 'react'

/**
 * A screen loaded when first shown. Feature indexes export their screens this way, so that a
 * feature's index never pulls its screens (and everything they import) into whoever imports the
 * index: no import cycle through screens, and each screen is its own chunk. The app layout's
 * Suspense shows while one loads.
 */
export function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
) {
  return lazy(async () => ({ default: (await load())[name] }))
}
