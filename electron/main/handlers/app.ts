import type { IpcHandlers } from '@shared/ipc/contract'
import type { Language } from '@shared/schemas/common'

export interface AppHandlerDeps {
  version: string
  platform: string
  systemLanguage: Language
  /** Remembers the language and rebuilds the native menu in it. */
  setLanguage(language: Language): void
  /** The renderer wrote its backup on quit (or had nothing to write): the window may close. */
  quitReady(): void
}

export function createAppHandlers(
  deps: AppHandlerDeps
): Pick<IpcHandlers, 'app-get-info' | 'app-set-language' | 'app-quit-ready'> {
  return {
    'app-get-info': async () => ({
      version: deps.version,
      platform: deps.platform,
      systemLanguage: deps.systemLanguage
    }),
    'app-set-language': async ({ language }) => {
      deps.setLanguage(language)
    },
    'app-quit-ready': async () => {
      deps.quitReady()
    }
  }
}
