// The window shows our page and nothing else: no navigation or redirect away from the app
// origin, no new windows, no webviews. Safe external links go to the system browser instead.
import { isTrustedUrl } from './origins'
import { toExternalUrl } from './external-url'

interface PreventableEvent {
  preventDefault(): void
}

/** The subset of WebContents the guards need; Electron's WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export interface NavigationDeps {
  origins: readonly string[]
  openExternal(url: string): void
}

/** True when navigation to `url` may proceed; otherwise it is blocked (and maybe opened outside). */
export function decideNavigation(url: string, deps: NavigationDeps): boolean {
  if (isTrustedUrl(url, deps.origins)) return true
  const external = toExternalUrl(url)
  if (external) deps.openExternal(external)
  return false
}

export function guardWebContents(contents: GuardedContents, deps: NavigationDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!decideNavigation(url, deps)) event.preventDefault()
  })
  // A redirect is the server's doing, not a click: block it without opening anything
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, deps.origins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = toExternalUrl(url)
    if (external) deps.openExternal(external)
    return { action: 'deny' }
  })
}
