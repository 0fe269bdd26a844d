import { describe, expect, it, vi } from 'vitest'
import { createAppHandlers } from '../../../electron/main/handlers/app'
import { createNotifyHandler } from '../../../electron/main/handlers/notify'
import { createOpenExternalHandler } from '../../../electron/main/handlers/shell'
import { languageFromLocale } from '../../../electron/main/language'

describe('shell-open-external', () => {
  it('opens http(s) and mailto links, normalised', async () => {
    const openExternal = vi.fn(async () => undefined)
    const open = createOpenExternalHandler({ openExternal })
    expect(await open({ url: 'https://Example.com/a' })).toEqual({ opened: true })
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a')
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://relais/', 'https://u:p@example.com/', 'nope'])(
    'refuses %s without calling the shell',
    async (url) => {
      const openExternal = vi.fn(async () => undefined)
      await expect(createOpenExternalHandler({ openExternal })({ url })).rejects.toMatchObject({
        key: 'errors.shell.invalidUrl'
      })
      expect(openExternal).not.toHaveBeenCalled()
    }
  )

  it('reports a missing browser as not opened', async () => {
    const open = createOpenExternalHandler({
      openExternal: async () => Promise.reject(new Error('no handler'))
    })
    expect(await open({ url: 'https://example.com/' })).toEqual({ opened: false })
  })
})

describe('notify-show', () => {
  it('shows a notification where supported', async () => {
    const show = vi.fn()
    expect(
      await createNotifyHandler({ isSupported: () => true, show })({ title: 'Suivi', body: 'Appeler' })
    ).toEqual({
      shown: true
    })
    expect(show).toHaveBeenCalledWith('Suivi', 'Appeler')
  })

  it('says so where it is not', async () => {
    const show = vi.fn()
    expect(await createNotifyHandler({ isSupported: () => false, show })({ title: 'x', body: '' })).toEqual({
      shown: false
    })
    expect(show).not.toHaveBeenCalled()
  })
})

describe('app handlers', () => {
  it('reports the app info and sets the language', async () => {
    const setLanguage = vi.fn()
    const handlers = createAppHandlers({
      version: '0.1.0',
      platform: 'linux',
      systemLanguage: 'fr',
      setLanguage,
      quitReady: vi.fn()
    })
    expect(await handlers['app-get-info'](undefined)).toEqual({
      version: '0.1.0',
      platform: 'linux',
      systemLanguage: 'fr'
    })
    await handlers['app-set-language']({ language: 'en' })
    expect(setLanguage).toHaveBeenCalledWith('en')
  })

  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['fr_FR', 'fr'],
    ['FR-ca', 'fr'],
    ['en-CA', 'en'],
    ['fri', 'en'],
    ['de-DE', 'en'],
    ['', 'en']
  ])('reads the locale %s as %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language)
  })
})
