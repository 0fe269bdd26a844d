import { describe, expect, it } from 'vitest'
import { toExternalUrl } from '../../../electron/main/external-url'

describe('toExternalUrl', () => {
  it.each([
    ['https://www.bdc.ca/fr', 'https://www.bdc.ca/fr'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.com/a b', 'https://example.com/a%20b'],
    ['mailto:info@example.com?subject=Suivi', 'mailto:info@example.com?subject=Suivi']
  ])('opens %s as %s', (raw, expected) => {
    expect(toExternalUrl(raw)).toBe(expected)
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://relais/index.html',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https://user:pass@bank.example/',
    'http://',
    'www.example.com',
    '/relative/path',
    '',
    'https://example.com/' + 'a'.repeat(2000)
  ])('refuses %s', (raw) => {
    expect(toExternalUrl(raw)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(toExternalUrl(undefined)).toBeNull()
    expect(toExternalUrl({ href: 'https://example.com' })).toBeNull()
  })
})
