// Adds the CSP meta tag to the built index.html. Not in the dev server: React Fast Refresh
// injects an inline script there, which the policy would (rightly) block.
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/csp'

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i

/** index.html with the policy's <meta> right after its charset, before any script or style. */
export function addCspMeta(html: string): string {
  // A page without the tag would build fine and run without its policy in browser mode
  if (!CHARSET.test(html)) throw new Error('relais-csp-meta: index.html has no <meta charset="UTF-8" />')
  return html.replace(
    CHARSET,
    (charset) =>
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`
  )
}

export function cspMetaTag(): Plugin {
  return { name: 'relais-csp-meta', apply: 'build', transformIndexHtml: addCspMeta }
}
