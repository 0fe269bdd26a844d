import { describe, expect, it, vi } from 'vitest'
import { guardWebContents, type GuardedContents } from '../../../electron/main/navigation'
import { trustedOrigins } from '../../../electron/main/origins'
import { installPermissionHandlers, isPermissionAllowed } from '../../../electron/main/permissions'

type Listener = (event: { preventDefault(): void }, url: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener)
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler
    }
  } satisfies GuardedContents
  const emit = (event: string, url = ''): boolean => {
    const e = { prevented: false, preventDefault: () => (e.prevented = true) }
    listeners.get(event)?.(e, url)
    return e.prevented
  }
  return { contents, emit, open: (url: string) => openHandler?.({ url }) }
}

function guarded() {
  const fake = fakeContents()
  const openExternal = vi.fn()
  guardWebContents(fake.contents, { origins: trustedOrigins(), openExternal })
  return { ...fake, openExternal }
}

describe('guardWebContents', () => {
  it('lets the app navigate within its own origin', () => {
    const { emit, openExternal } = guarded()
    expect(emit('will-navigate', 'app://relais/index.html#/companies')).toBe(false)
    expect(emit('will-redirect', 'app://relais/index.html')).toBe(false)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('blocks navigation away and sends safe links to the system browser', () => {
    const { emit, openExternal } = guarded()
    expect(emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/')
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(emit('will-navigate', 'app://relais.evil/')).toBe(true)
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('blocks redirects away without opening anything', () => {
    const { emit, openExternal } = guarded()
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses webviews', () => {
    expect(guarded().emit('will-attach-webview')).toBe(true)
  })

  it('denies every new window; only http(s) and mailto go outside', () => {
    const { open, openExternal } = guarded()
    expect(open('https://example.com/a')).toEqual({ action: 'deny' })
    expect(open('mailto:a@example.com')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(open('app://relais/index.html')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://example.com/a'], ['mailto:a@example.com']])
  })
})

describe('permissions', () => {
  const origins = trustedOrigins()

  it('allows notifications for the app only', () => {
    expect(isPermissionAllowed('notifications', 'app://relais/index.html', origins)).toBe(true)
    expect(isPermissionAllowed('notifications', 'app://relais', origins)).toBe(true)
    expect(isPermissionAllowed('notifications', 'https://evil.example/', origins)).toBe(false)
  })

  it.each([
    'media',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'display-capture',
    'unknown'
  ])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission, 'app://relais/index.html', origins)).toBe(false)
  })

  it('installs both the request and the check handler', () => {
    let request:
      ((c: unknown, p: string, cb: (g: boolean) => void, d: { requestingUrl?: string }) => void) | undefined
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined
    installPermissionHandlers(
      {
        setPermissionRequestHandler: (handler) => (request = handler),
        setPermissionCheckHandler: (handler) => (check = handler)
      },
      origins
    )
    const granted: boolean[] = []
    request?.(null, 'media', (g) => granted.push(g), { requestingUrl: 'app://relais/' })
    request?.(null, 'notifications', (g) => granted.push(g), { requestingUrl: 'app://relais/' })
    expect(granted).toEqual([false, true])
    expect(check?.(null, 'geolocation', 'app://relais')).toBe(false)
    expect(check?.(null, 'notifications', 'app://relais')).toBe(true)
  })
})
