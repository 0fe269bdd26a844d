import Dexie from 'dexie'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { errorText } from '@renderer/hooks/useErrorText'
import { catalogues } from '@renderer/i18n/catalogues'

async function translator(language: 'fr' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng: language,
    interpolation: { escapeValue: false }
  })
  return i18n.t
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('a full disk', () => {
  it.each([
    ['fr', /^L’espace disque est plein/],
    ['en', /^The disk is full/]
  ] as const)(
    'says the storage is full in %s, bare or wrapped in a Dexie AbortError',
    async (language, text) => {
      const t = await translator(language)
      expect(errorText(t, quota())).toMatch(text)
      const aborted = new Dexie.AbortError('Transaction aborted', quota())
      expect(errorText(t, aborted)).toBe(errorText(t, quota()))
    }
  )

  it('does not call every AbortError a full disk', async () => {
    const t = await translator('en')
    expect(errorText(t, new Dexie.AbortError('Transaction aborted', new Error('boom')))).not.toMatch(
      /disk is full/
    )
  })
})
