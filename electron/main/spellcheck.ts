// Spelling without a server. On Windows and Linux, Chromium downloads Hunspell dictionaries from
// Google's CDN by default, which Relais promises never to do. Electron has no switch to turn the
// download off, so its base URL points at a local file URL that does not exist: any download
// fails on the machine itself. Spelling then uses what the system provides (the native spell
// checker on macOS and Windows, dictionaries already in the profile's Dictionaries folder on Linux).
export const NO_DICTIONARY_DOWNLOAD_URL = 'file:///relais-never-downloads-dictionaries/'

export interface SpellcheckSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void
  setSpellCheckerLanguages(languages: string[]): void
  readonly availableSpellCheckerLanguages: string[]
}

/** Before any window exists, so no page can trigger a download first. */
export function turnOffDictionaryDownload(session: SpellcheckSession): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOAD_URL)
}

const PREFERRED: Readonly<Record<string, readonly string[]>> = {
  fr: ['fr-CA', 'fr-FR', 'fr'],
  en: ['en-CA', 'en-US', 'en-GB', 'en']
}

/** The spellchecker language for the app's language, among those the system offers (or none). */
export function spellcheckLanguageFor(language: string, available: readonly string[]): string | undefined {
  return (PREFERRED[language] ?? []).find((code) => available.includes(code))
}

/** Checks spelling in the person's chosen language when the system has it; otherwise leaves it. */
export function followAppLanguage(session: SpellcheckSession, language: string): void {
  const code = spellcheckLanguageFor(language, session.availableSpellCheckerLanguages)
  if (!code) return
  try {
    session.setSpellCheckerLanguages([code])
  } catch (error) {
    console.warn('spellcheck language not set', error)
  }
}
