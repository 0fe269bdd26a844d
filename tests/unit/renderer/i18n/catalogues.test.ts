import { describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n'

/** Keys with plural suffixes folded, so French "_many" does not count as a missing English key. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null)
    return [prefix.replace(/_(one|many|other|zero|two|few)$/, '')]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

/** Every message with its full key as written, plural forms included. */
function messages(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]]
  return Object.entries(value).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k))
}

describe('message catalogues', () => {
  it('French and English have the same keys', () => {
    const fr = new Set(keys(catalogues.fr))
    const en = new Set(keys(catalogues.en))
    expect([...fr].filter((k) => !en.has(k))).toEqual([])
    expect([...en].filter((k) => !fr.has(k))).toEqual([])
  })

  it('no message is empty, plural forms included', () => {
    for (const language of ['fr', 'en'] as const) {
      const all = messages(catalogues[language])
      expect(all.some(([key]) => key.endsWith('_other'))).toBe(true)
      const empty = all.filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      expect(empty.map(([key]) => `${language}: ${key}`)).toEqual([])
    }
  })
})
