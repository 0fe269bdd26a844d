import { describe, expect, it } from 'vitest'
import { trustedOrigins } from '../../../electron/main/origins'
import { createSenderCheck, isTrustedSender } from '../../../electron/main/trusted-sender'

const prod = trustedOrigins()
const dev = trustedOrigins('http://localhost:5173/')
const mainFrame = (url: string) => ({ url, parent: null })

describe('isTrustedSender', () => {
  it('accepts the app main frame', () => {
    expect(isTrustedSender(mainFrame('app://relais/index.html'), prod)).toBe(true)
    expect(isTrustedSender(mainFrame('app://relais/companies?id=1#x'), prod)).toBe(true)
  })

  it.each([
    'https://evil/?next=app://relais',
    'https://evil/app://relais',
    'app://relais.evil/index.html',
    'app://evil.relais/',
    'app://user@relais/index.html',
    'app://user:pw@relais/index.html',
    'app://relais:8080/index.html',
    'app://RELAIS/index.html',
    'app:relais',
    'app:///relais/index.html',
    'file:///work/out/renderer/index.html',
    'http://localhost:5173/',
    'about:blank',
    'javascript:alert(1)',
    'not a url',
    ''
  ])('rejects the look-alike %s', (url) => {
    expect(isTrustedSender(mainFrame(url), prod)).toBe(false)
  })

  it('rejects subframes, even same-origin ones, and missing frames', () => {
    expect(isTrustedSender({ url: 'app://relais/index.html', parent: {} }, prod)).toBe(false)
    expect(isTrustedSender(null, prod)).toBe(false)
  })

  it('accepts the dev server only when it is configured, and only its exact origin', () => {
    expect(isTrustedSender(mainFrame('http://localhost:5173/index.html'), dev)).toBe(true)
    expect(isTrustedSender(mainFrame('http://localhost:5174/'), dev)).toBe(false)
    expect(isTrustedSender(mainFrame('https://localhost:5173/'), dev)).toBe(false)
    expect(isTrustedSender(mainFrame('http://localhost.evil:5173/'), dev)).toBe(false)
    expect(isTrustedSender(mainFrame('app://relais/index.html'), dev)).toBe(true)
  })

  it('reads the sender frame of an IPC event', () => {
    const check = createSenderCheck(prod)
    expect(check({ senderFrame: mainFrame('app://relais/') })).toBe(true)
    expect(check({ senderFrame: mainFrame('app://relais.evil/') })).toBe(false)
    expect(check({ senderFrame: null })).toBe(false)
  })
})
