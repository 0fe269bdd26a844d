import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export type LazyScreen<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /**
   * Fetches the screen's code ahead of its first showing (the chunk its first render loads). Never
   * fails: code that could not load is asked for again when the screen opens, which shows the error.
   */
  preload: () => Promise<void>
}

/**
 * Settled already: React.lazy reads a thenable that calls back at once as loaded, and renders the
 * screen in the same pass; a promise, even resolved, suspends the render for a microtask and
 * renders the whole route again.
 */
const settledNow = <T>(value: T) =>
  ({ then: (resolve: (v: T) => void) => resolve(value) }) as unknown as Promise<T>

/**
 * A screen loaded when first shown. Feature indexes export their screens this way, so that a
 * feature's index never pulls its screens (and everything they import) into whoever imports the
 * index: no import cycle through screens, and each screen is its own chunk. The app layout's
 * Suspense shows while one loads; a screen whose code was preloaded renders without waiting.
 */
export function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const fetchCode = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined // a chunk that failed to load (an update replaced it…) is asked for again
        throw error
      }
    ))
  const Screen = lazy(() =>
    loaded ? settledNow({ default: loaded }) : fetchCode().then((component) => ({ default: component }))
  )
  const preload = () =>
    fetchCode().then(
      () => undefined,
      () => undefined
    )
  return Object.assign(Screen, { preload })
}
