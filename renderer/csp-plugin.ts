// Adds the CSP meta tag to the built index.html. Not in the dev server: React Fast Refresh
// injects an inline script there, which the policy would (rightly) block.
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/csp'

export function cspMetaTag(): Plugin {
  return {
    name: 'relais-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`
      )
  }
}
