import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n/catalogues'

const PLURAL_SUFFIX = /_(one|many|other|zero|two|few)$/

/** Keys with plural suffixes folded, so French "_many" does not count as a missing English key. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL_SUFFIX, '')]
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

  it('every count message has a zero form that does not write « 0 », in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const texts = new Map(messages(catalogues[language]) as [string, string][])
      const counted = [...texts].filter(
        ([key, text]) => PLURAL_SUFFIX.test(key) || text.includes('{{count}}')
      )
      const families = new Set(counted.map(([key]) => key.replace(PLURAL_SUFFIX, '')))
      const withoutZero = [...families].filter((base) => !texts.has(`${base}_zero`))
      expect(withoutZero.map((base) => `${language}: ${base}`)).toEqual([])
      const showingZero = [...families].filter((base) => texts.get(`${base}_zero`)?.includes('{{count}}'))
      expect(showingZero.map((base) => `${language}: ${base}`)).toEqual([])
    }
  })

  it('reads 0 with the zero form, 1 in the singular and 2 in the plural, in French as in English', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
      lng: 'fr',
      interpolation: { escapeValue: false }
    })
    const fr = i18n.getFixedT('fr')
    const en = i18n.getFixedT('en')
    expect(fr('capture.email.save', { count: 0 })).toBe('Aucun courriel à consigner')
    expect(fr('capture.email.save', { count: 1 })).toBe('Consigner 1 courriel')
    expect(fr('capture.email.save', { count: 2 })).toBe('Consigner 2 courriels')
    expect(en('capture.email.save', { count: 0 })).toBe('No emails to log')
    expect(en('capture.email.save', { count: 1 })).toBe('Log 1 email')
    expect(en('capture.email.save', { count: 2 })).toBe('Log 2 emails')
    expect(fr('common.daysAgo', { count: 0 })).toBe('aujourd’hui')
    expect(fr('common.daysAgo', { count: 1 })).toBe('il y a 1 jour')
    expect(fr('common.daysAgo', { count: 2 })).toBe('il y a 2 jours')
    expect(fr('followUps.stale.title', { count: 0 })).toBe('Relations à raviver (aucune)')
    expect(en('followUps.stale.title', { count: 0 })).toBe('Relationships to revive (none)')
    expect(fr('capture.minutes', { count: 0 })).toBe('Moins d’une minute')
    expect(fr('capture.minutes', { count: 45 })).toBe('45 min')
  })
})
