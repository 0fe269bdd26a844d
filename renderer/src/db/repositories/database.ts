import { backupBeforeUpgrade, type SaveBackup } from '../migration-guard'
import { LATEST_VERSION } from '../migrations'
import { DATABASE_NAME, db } from '../schema'

export interface OpenOptions {
  /** Desktop: saves a backup of the old data before a schema upgrade runs (see migration-guard). */
  beforeUpgrade?: { save: SaveBackup; appVersion: string }
}

/** Open the database before the first screen; a failure here is shown instead of a blank window. */
export async function openDatabase(options: OpenOptions = {}): Promise<void> {
  const guard = options.beforeUpgrade
  if (guard)
    await backupBeforeUpgrade(DATABASE_NAME, LATEST_VERSION, guard.save, { appVersion: guard.appVersion })
  await db().open()
}
