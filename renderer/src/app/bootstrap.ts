// Before the first render: open the database, ask for persistent storage, read the language.
import { openDatabase } from '@renderer/db/repositories/database'
import { recordedBackup, scheduleAutomaticBackups, settleInterruptedBackups } from '@renderer/features/backup'
import { getSetting } from '@renderer/db/repositories/settings'
import { initI18n, loadLanguage } from '@renderer/i18n'
import { getPlatform } from '@renderer/platform'
import { AppError } from '@shared/errors'
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

/** Desktop: a backup of the old data before a schema upgrade (browser mode has no backup folder). */
async function backupBeforeUpgrade(): Promise<OpenHooks['beforeUpgrade']> {
  const platform = getPlatform()
  const store = platform.backups
  if (!store) return undefined
  const save = async (content: Uint8Array) => {
    try {
      await recordedBackup('pre-migration', () => store.write('pre-migration', content))
    } catch (error) {
      console.error(error)
      // No upgrade without its backup: the old data stays as it is
      throw new AppError('backup.errors.preMigrationFailed')
    }
  }
  return { save, appVersion: await platform.appVersion() }
}

type OpenHooks = Parameters<typeof openDatabase>[0]

export async function bootstrap(hooks: Omit<OpenHooks, 'beforeUpgrade'>): Promise<Boot> {
  // A backup the last session started and never finished (the window closed first) failed
  settleInterruptedBackups()
  await openDatabase({ ...hooks, beforeUpgrade: await backupBeforeUpgrade() })
  void requestPersistentStorage()
  scheduleAutomaticBackups(getPlatform())
  const [stored, workspaceInitialized] = await Promise.all([
    getSetting('language'),
    getSetting('workspaceInitialized')
  ])
  const language = stored ?? getPlatform().systemLanguage()
  await loadLanguage(language)
  initI18n(language)
  return { language, workspaceInitialized }
}
