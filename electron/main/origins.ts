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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The app origin, plus the electron-vite dev server's origin when one is given (unpackaged runs
 * only). It comes from the environment (ELECTRON_RENDERER_URL), so only a plain-http server on this
 * computer is trusted: a variable pointing elsewhere must not hand the IPC bridge to a remote page.
 */
export function trustedOrigins(devServerUrl?: string): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null
  const local = dev !== null && dev.startsWith('http://') && LOOPBACK_HOSTS.has(new URL(dev).hostname)
  return local ? [APP_ORIGIN, dev] : [APP_ORIGIN]
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}
