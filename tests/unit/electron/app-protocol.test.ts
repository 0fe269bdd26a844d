import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { createAppProtocolHandler, isInside, resolveAppPath } from '../../../electron/main/app-protocol'

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'relais-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Relais</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'app.css'), 'body{}')
  // A sibling whose name starts like the root: a startsWith check would let it through
  await mkdir(join(base, 'renderer-evil'))
  await writeFile(join(base, 'renderer-evil', 'secret.txt'), 'secret')
  await writeFile(join(base, 'secret.txt'), 'secret')
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const serve = (url: string, method = 'GET') =>
  createAppProtocolHandler({ rootDir: root, readFile: (path) => readFile(path) })(
    new Request(url, { method })
  )

describe('resolveAppPath', () => {
  it('maps app URLs inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://relais/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://relais/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveAppPath(root, 'app://relais/companies/42')).toBe(join(root, 'index.html'))
  })

  it.each([
    'app://relais/../../etc/passwd',
    'app://relais/%2e%2e/%2e%2e/etc/passwd',
    'app://relais/..%5c..%5csecret.txt'
  ])('keeps %s inside the root', (url) => {
    // The URL parser already folds these dot segments; whatever is left must stay inside
    const resolved = resolveAppPath(root, url)
    expect(resolved === null || isInside(root, resolved)).toBe(true)
  })

  it.each([
    'app://relais/..%2f..%2fetc%2fpasswd',
    'app://relais/%2e%2e%2fsecret.txt',
    'app://relais/..%2frenderer-evil%2fsecret.txt',
    'app://relais/assets/%00.js',
    'app://relais/%E0%A4%A',
    'app://relais.evil/index.html',
    'app://user@relais/index.html',
    'file:///etc/passwd'
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })

  it('checks containment by path, not by string prefix', () => {
    expect(isInside(root, join(base, 'renderer-evil', 'secret.txt'))).toBe(false)
    expect(isInside(root, join(root, '..secret'))).toBe(true)
    expect(isInside(root, root)).toBe(false)
    expect(isInside(root, '/etc/passwd')).toBe(false)
  })
})

describe('app:// protocol handler', () => {
  it('serves files with their MIME type and the CSP', async () => {
    const response = await serve('app://relais/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('console.log(1)')
    expect((await serve('app://relais/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8'
    )
    expect((await serve('app://relais/index.html')).headers.get('content-type')).toBe(
      'text/html; charset=utf-8'
    )
  })

  it.each([
    'app://relais/../secret.txt',
    'app://relais/%2e%2e/secret.txt',
    'app://relais/..%2fsecret.txt',
    'app://relais/..%2frenderer-evil%2fsecret.txt',
    'app://relais/assets/missing.js'
  ])('answers 404 for %s', async (url) => {
    const response = await serve(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serve('app://relais/index.html', 'POST')).status).toBe(405)
    expect((await serve('app://relais/index.html', 'HEAD')).status).toBe(200)
  })
})

describe('CSP', () => {
  it('is strict: self only, no inline or eval script, no objects, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-src 'none'; worker-src 'self' blob:; frame-ancestors 'none'"
    )
  })
})
