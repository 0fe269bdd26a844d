// The desktop app's daily backup: once per calendar day the app is used, at start and then checked
// every hour (a window left open overnight counts as a new day). Browser mode has no backup folder.
import { todayDate } from '@shared/domain/dates'
import { getSetting } from '@renderer/db/repositories/settings'
import type { Platform } from '@renderer/platform'
import { createBackupText } from './backupService'

export type DailyBackupOutcome = 'written' | 'already-today' | 'unavailable'

export async function runDailyBackup(platform: Platform, now = new Date()): Promise<DailyBackupOutcome> {
  const store = platform.backups
  if (!store || !(await getSetting('workspaceInitialized'))) return 'unavailable'
  const today = todayDate(now)
  const entries = await store.list()
  if (entries.some((e) => e.kind === 'daily' && todayDate(new Date(e.createdAt)) === today))
    return 'already-today'
  await store.write('daily', await createBackupText(platform))
  return 'written'
}

const FIRST_CHECK_MS = 15_000
const CHECK_EVERY_MS = 60 * 60_000

/** Starts the daily checks; returns a function that stops them. */
export function scheduleDailyBackups(platform: Platform): () => void {
  if (!platform.backups) return () => {}
  const run = () =>
    void runDailyBackup(platform).catch((error: unknown) =>
      console.warn('[relais] daily backup failed', error)
    )
  const first = setTimeout(run, FIRST_CHECK_MS)
  const every = setInterval(run, CHECK_EVERY_MS)
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
