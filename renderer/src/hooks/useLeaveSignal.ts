import { useEffect, useState } from 'react'

/** The route in a hash-router address: '…#/companies/7?tab=1' → '/companies/7'. */
const routeOf = (url: string) => new URL(url).hash.replace(/^#/, '').split('?')[0]

interface NavigateEvent extends Event {
  destination: { url: string; sameDocument: boolean }
}

/** The browser's Navigation API (Chromium, Electron): it announces every navigation as it starts. */
const browserNavigation = () => (globalThis as { navigation?: EventTarget }).navigation

/**
 * An AbortSignal aborted when the component unmounts: a long read started for a screen stops
 * between its steps once the person has left, so the next screen's reads are not queued behind it.
 * Given the screen's `route`, it is aborted as soon as a navigation to another route starts: React
 * keeps the screen mounted while it renders the next one, and a read started then would compete with
 * that screen's. Coming back to the route while still mounted (a navigation undone) gives a live one.
 */
export function useLeaveSignal(route?: string): AbortSignal {
  const [controller, setController] = useState(() => new AbortController())
  useEffect(() => {
    // StrictMode's rehearsal unmount aborted it: the mounted component needs a live one
    if (controller.signal.aborted && routeIsShown(route)) setController(new AbortController())
    return () => controller.abort()
  }, [controller, route])
  useEffect(() => {
    const navigation = browserNavigation()
    if (route === undefined || !navigation) return
    // mounted while a navigation away was already under way
    if (!routeIsShown(route)) controller.abort()
    const onNavigate = (event: Event) => {
      const { destination } = event as NavigateEvent
      // a mailto: link or a download leaves the screen where it is
      if (!destination.sameDocument) return
      const to = routeOf(destination.url)
      if (to !== route) controller.abort()
      else if (controller.signal.aborted) setController(new AbortController())
    }
    navigation.addEventListener('navigate', onNavigate)
    return () => navigation.removeEventListener('navigate', onNavigate)
  }, [controller, route])
  return controller.signal
}

function routeIsShown(route: string | undefined): boolean {
  return route === undefined || !browserNavigation() || routeOf(window.location.href) === route
}
