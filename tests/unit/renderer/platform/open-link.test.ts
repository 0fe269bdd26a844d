import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RelaisBridge } from '@shared/ipc/contract'
import { errorText } from '@renderer/hooks/useErrorText'
import { catalogues } from '@renderer/i18n/catalogues'
import { setPlatform } from '@renderer/platform'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { createDesktopPlatform } from '@renderer/platform/desktop'
import { openLink } from '@renderer/platform/openLink'

afterEach(() => {
  vi.unstubAllGlobals()
})

async function translate(language: 'fr' | 'en', error: unknown) {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng: language,
    interpolation: { escapeValue: false }
  })
  return errorText(i18n.t, error)
}

/** main answers that the system could not open the link. */
function desktopThatCannotOpen() {
  const invoke = vi.fn<(channel: string, request: unknown) => Promise<unknown>>(async () => ({
    ok: true,
    value: { opened: false }
  }))
  const bridge = {
    systemLanguage: 'fr',
    invoke: (channel: string, request: unknown) => invoke(channel, request),
    onMenuCommand: () => () => undefined,
    onBeforeQuit: () => () => undefined,
    onExportProgress: () => () => undefined
  } as unknown as RelaisBridge
  return { platform: createDesktopPlatform(bridge), invoke }
}

describe('opening a link outside the app', () => {
  it('shows the shell’s failure in the person’s language instead of losing it', async () => {
    const { platform, invoke } = desktopThatCannotOpen()
    setPlatform(platform)
    const report = vi.fn()
    await openLink('https://nordik.ca', report)
    expect(invoke).toHaveBeenCalledWith('shell-open-external', { url: 'https://nordik.ca' })
    expect(report).toHaveBeenCalledTimes(1)
    const [error] = report.mock.calls[0]
    expect(await translate('fr', error)).toBe('Aucun navigateur n’a pu ouvrir ce lien.')
    expect(await translate('en', error)).toBe('No browser could open this link.')
  })

  it('in browser mode, refuses what is not http(s) or mailto with that message, and opens the rest', async () => {
    const open = vi.fn()
    vi.stubGlobal('window', { open })
    setPlatform(createBrowserPlatform())
    const report = vi.fn()
    for (const url of [
      'http://javascript:alert(1)',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'pas une adresse'
    ])
      await openLink(url, report)
    expect(open).not.toHaveBeenCalled()
    expect(report).toHaveBeenCalledTimes(4)
    for (const [error] of report.mock.calls)
      expect(await translate('en', error)).toBe('No browser could open this link.')

    await openLink('https://nordik.ca/fr', report)
    await openLink('mailto:eloise@nordik.ca', report)
    expect(open.mock.calls).toEqual([
      ['https://nordik.ca/fr', '_blank', 'noopener,noreferrer'],
      ['mailto:eloise@nordik.ca', '_blank', 'noopener,noreferrer']
    ])
    expect(report).toHaveBeenCalledTimes(4)
  })
})
