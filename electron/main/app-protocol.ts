// Serves the built renderer (out/renderer) on app://relais. Only files inside that folder are
// served: containment is checked with path.relative after decoding, so "../", "%2e%2e" and
// encoded slashes cannot climb out. Every response carries the app's CSP.
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { APP_HOST, APP_SCHEME } from './constants'
import { mimeTypeFor } from './mime'

/** The privileges the scheme is registered with, before app ready. */
export const APP_SCHEME_PRIVILEGES = {
  // standard: a real origin for IndexedDB; secure: a secure context (crypto.randomUUID needs it)
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true
} as const

function decodedPathname(requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null
  try {
    const pathname = decodeURIComponent(url.pathname)
    return pathname.includes('\0') ? null : pathname
  } catch {
    return null
  }
}

export function isInside(rootDir: string, candidate: string): boolean {
  const rel = relative(rootDir, candidate)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/** The file to serve for an app:// URL, or null (404) when it is not inside rootDir. */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const pathname = decodedPathname(requestUrl)
  if (pathname === null) return null
  const candidate = join(rootDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
  if (!isInside(rootDir, candidate)) return null
  // Client-side routes (no extension) get the app shell, so a reload on /companies works
  return extname(candidate) === '' ? join(rootDir, 'index.html') : candidate
}

export interface AppProtocolDeps {
  rootDir: string
  readFile(path: string): Promise<Uint8Array>
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed')
    const filePath = resolveAppPath(deps.rootDir, request.url)
    if (!filePath) return textResponse(404, 'Not Found')
    let body: Uint8Array
    try {
      body = await deps.readFile(filePath)
    } catch {
      return textResponse(404, 'Not Found')
    }
    const headers = securityHeaders(mimeTypeFor(filePath))
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}
