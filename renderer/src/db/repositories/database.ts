import { backupBeforeUpgrade, type SaveBackup } from '../migration-guard'
import { LATEST_VERSION } from '../migrations'
import { DATABASE_NAME, db } from '../schema'

interface OpenHooks {
  /** Our upgrade waits for another window or tab that still has the older version open. */
  onBlocked: () => void
  /** Another window upgraded the database: this one must reload before it writes anything. */
  onUpgradedElsewhere: () => void
  /** Desktop: saves a backup of the old data before a schema upgrade runs (see migration-guard). */
  beforeUpgrade?: { save: SaveBackup; appVersion: string }
}

/** Open the database before the first screen; a failure here is shown instead of a blank window. */
export async function openDatabase(hooks: OpenHooks): Promise<void> {
  const guard = hooks.beforeUpgrade
  if (guard) {
    await backupBeforeUpgrade(DATABASE_NAME, LATEST_VERSION, guard.save, { appVersion: guard.appVersion })
  }
  const database = db()
  database.on('blocked', hooks.onBlocked)
  database.on('versionchange', () => {
    database.close()
    hooks.onUpgradedElsewhere()
    return false
  })
  await database.open()
}
