// The CSP <meta> is added at build time (renderer/csp-plugin.ts); browser mode has no other
// policy. Runs the plugin's own transform on the real renderer/index.html, and checks that both
// builds (desktop and browser mode) use the plugin.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { addCspMeta, cspMetaTag } from '../../../renderer/csp-plugin'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '@shared/security/csp'

const indexHtml = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8')

function transform(html: string): string {
  const hook = cspMetaTag().transformIndexHtml
  const run = typeof hook === 'function' ? hook : hook?.handler
  return (run as (html: string) => string)(html)
}

/** The policy of every CSP <meta> in the page. */
function metaPolicies(html: string): string[] {
  const tags = html.match(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi) ?? []
  return tags.map((tag) => /content="([^"]*)"/.exec(tag)?.[1] ?? '')
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources])
  )
}

describe('CSP meta tag of the built index.html', () => {
  const built = transform(indexHtml)

  it('carries the same policy as shared/security/csp.ts, once', () => {
    expect(metaPolicies(indexHtml)).toEqual([])
    expect(metaPolicies(built)).toEqual([CONTENT_SECURITY_POLICY_META])
    // The header policy is the meta one plus frame-ancestors (ignored in a <meta>)
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`)
  })

  it("is strict: default-src 'self', object-src 'none', scripts only from the app, no eval", () => {
    const policy = directives(metaPolicies(built)[0])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(metaPolicies(built)[0]).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:/)
  })

  it('comes in <head> before any script, so the policy covers them all', () => {
    const meta = built.search(/http-equiv="Content-Security-Policy"/)
    expect(meta).toBeGreaterThan(built.search(/<head>/))
    expect(meta).toBeLessThan(built.search(/<\/head>/))
    expect(meta).toBeLessThan(built.search(/<script/))
  })

  it('fails the build rather than ship a page without the policy', () => {
    expect(() => addCspMeta('<html><head><title>x</title></head></html>')).toThrow(/relais-csp-meta/)
  })

  it('is used by both the desktop and the browser-mode builds, for builds only', async () => {
    const names = (plugins: unknown): string[] =>
      (plugins as unknown[]).flat(Infinity).map((p) => (p as Plugin | null)?.name ?? '')
    const web = (await import('../../../vite.web.config')).default
    const desktop = (await import('../../../electron.vite.config')).default
    expect(names((web as { plugins: unknown }).plugins)).toContain('relais-csp-meta')
    expect(names((desktop as { renderer: { plugins: unknown } }).renderer.plugins)).toContain(
      'relais-csp-meta'
    )
    expect(cspMetaTag().apply).toBe('build')
  })
})
