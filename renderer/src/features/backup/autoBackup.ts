// The desktop app's automatic backups: once per calendar day the app is used (at start, then checked
// every hour: a window left open overnight counts as a new day), and on quit. Browser mode has no
// backup folder.
import { notifications } from '@mantine/notifications'
import { todayDate } from '@shared/domain/dates'
import { i18n } from '@renderer/i18n'
import { committedWriteCount } from '@renderer/db/repositories/backup'
import { getSetting } from '@renderer/db/repositories/settings'
import type { Platform } from '@renderer/platform'
import { createBackupFile } from './backupService'
import { recordedBackup } from './backupStatus'

export type DailyBackupOutcome = 'written' | 'already-today' | 'unavailable'

/**
 * The write count when the last automatic backup of this session read the data (null before one):
 * the quit backup is skipped when nothing was written since, which makes most quits instant (on
 * the large workspace a backup takes tens of seconds; main waits at most a minute).
 */
let unchangedSince: number | null = null

async function writeAutomatic(platform: Platform, kind: 'daily' | 'on-quit'): Promise<void> {
  const store = platform.backups
  if (!store) return
  const writesBefore = committedWriteCount()
  await recordedBackup(kind, async () => store.write(kind, await createBackupFile(platform)))
  unchangedSince = writesBefore
}

export async function runDailyBackup(platform: Platform, now = new Date()): Promise<DailyBackupOutcome> {
  const store = platform.backups
  if (!store || !(await getSetting('workspaceInitialized'))) return 'unavailable'
  const today = todayDate(now)
  const entries = await store.list()
  if (entries.some((e) => e.kind === 'daily' && todayDate(new Date(e.createdAt)) === today))
    return 'already-today'
  await writeAutomatic(platform, 'daily')
  return 'written'
}

const FIRST_CHECK_MS = 15_000
const CHECK_EVERY_MS = 60 * 60_000

/** Starts the daily checks and the backup on quit; returns a function that stops them. */
export function scheduleAutomaticBackups(platform: Platform): () => void {
  if (!platform.backups) return () => {}
  const run = () =>
    void runDailyBackup(platform).catch((error: unknown) =>
      console.warn('[relais] daily backup failed', error)
    )
  const first = setTimeout(run, FIRST_CHECK_MS)
  const every = setInterval(run, CHECK_EVERY_MS)
  const stopQuitBackup = platform.onBeforeQuit(() => void backupOnQuit(platform))
  return () => {
    clearTimeout(first)
    clearInterval(every)
    stopQuitBackup()
  }
}

/** The backup on quit (desktop): written when the window closes; the window waits for it. */
export async function backupOnQuit(
  platform: Platform
): Promise<'written' | 'unchanged' | 'unavailable' | 'failed'> {
  try {
    if (!platform.backups || !(await getSetting('workspaceInitialized'))) return 'unavailable'
    if (unchangedSince !== null && committedWriteCount() === unchangedSince) return 'unchanged'
    notifications.show({ loading: true, autoClose: false, message: i18n.t('backup.savingBeforeQuit') })
    await writeAutomatic(platform, 'on-quit')
    return 'written'
  } catch (error) {
    console.warn('[relais] backup on quit failed', error)
    return 'failed'
  } finally {
    await platform.quitReady()
  }
}
