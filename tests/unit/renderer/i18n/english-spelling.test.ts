import { describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n/catalogues'

function texts(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => texts(value, [...path, key]))
}

describe('the English catalogue', () => {
  it('spells one way: Authorized, not Authorised', () => {
    const british = texts(catalogues.en).filter(([, text]) => /authoris/i.test(text))
    expect(british).toEqual([])
  })

  it('uses -ize, never -ise, in the verbs that have both (anonymized, recognizes, organization)', () => {
    const ise =
      /\b\w*(anonymis|recognis|organis|authoris|prioritis|summaris|categoris|customis|finalis|normalis|optimis|realis|apologis)/i
    const found = texts(catalogues.en).filter(([, text]) => ise.test(text))
    expect(found).toEqual([])
  })

  it('writes email, never e-mail', () => {
    const found = texts(catalogues.en).filter(([, text]) => /\be-mail/i.test(text))
    expect(found).toEqual([])
  })
})
