// The Content-Security-Policy of the renderer: set as a header by main (app://) and as a meta tag
// in the built index.html (browser mode). 'unsafe-inline' styles only: Mantine injects CSS variables.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:"
].join('; ')
