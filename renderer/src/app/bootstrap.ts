// Before the first render: open the database, ask for persistent storage, read the language.
import { openDatabase } from '@renderer/db/repositories/database'
import { getSetting } from '@renderer/db/repositories/settings'
import { initI18n } from '@renderer/i18n'
import { getPlatform } from '@renderer/platform'
import type { Language } from '@shared/schemas/common'

export interface Boot {
  language: Language
  workspaceInitialized: boolean
}

async function requestPersistentStorage(): Promise<void> {
  try {
    // Not reliable in Electron (electron #9229): file backups are the real safety net. Ask anyway.
    const persisted = await navigator.storage?.persist?.()
    console.info(`[relais] persistent storage: ${persisted ? 'granted' : 'not granted'}`)
  } catch {
    console.info('[relais] persistent storage: unavailable')
  }
}

export async function bootstrap(hooks: Parameters<typeof openDatabase>[0]): Promise<Boot> {
  await openDatabase(hooks)
  void requestPersistentStorage()
  const [stored, workspaceInitialized] = await Promise.all([
    getSetting('language'),
    getSetting('workspaceInitialized')
  ])
  const language = stored ?? getPlatform().systemLanguage()
  initI18n(language)
  return { language, workspaceInitialized }
}
