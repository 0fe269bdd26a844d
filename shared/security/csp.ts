// The one Content-Security-Policy of the app. Main sends it as a response header for every
// app:// response; renderer/index.html may repeat it in a <meta http-equiv> for browser mode.
// style-src needs 'unsafe-inline' because Mantine injects <style> tags at run time.

export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  // Search and exports may run in a Web Worker built by Vite (same origin) or from a blob.
  'worker-src': ["'self'", 'blob:'],
  'frame-ancestors': ["'none'"]
} as const satisfies Record<string, readonly string[]>

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ')

/** For a <meta http-equiv>: browsers ignore frame-ancestors there and log a console error about it. */
export const CONTENT_SECURITY_POLICY_META = Object.entries(CSP_DIRECTIVES)
  .filter(([directive]) => directive !== 'frame-ancestors')
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ')
