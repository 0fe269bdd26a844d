// Origin checks on parsed URLs. Custom schemes have an opaque origin ("null") in the WHATWG URL
// parser, so the app origin is rebuilt from protocol and host; credentials never pass.
import { APP_ORIGIN, APP_SCHEME } from './constants'

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** "app://relais" for app URLs, URL.origin for http(s); null for anything else or with credentials. */
export function originOf(url: string): string | null {
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return null
  if (parsed.protocol === `${APP_SCHEME}:`)
    return parsed.port === '' ? `${APP_SCHEME}://${parsed.host}` : null
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin
  return null
}

/** The app origin, plus the electron-vite dev server's origin when one is given. */
export function trustedOrigins(devServerUrl?: string): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN]
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}
