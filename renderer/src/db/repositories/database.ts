import { db } from '../schema'

interface OpenHooks {
  /** Our upgrade waits for another window or tab that still has the older version open. */
  onBlocked: () => void
  /** Another window upgraded the database: this one must reload before it writes anything. */
  onUpgradedElsewhere: () => void
}

/** Open the database before the first screen; a failure here is shown instead of a blank window. */
export async function openDatabase(hooks: OpenHooks): Promise<void> {
  const database = db()
  database.on('blocked', hooks.onBlocked)
  database.on('versionchange', () => {
    database.close()
    hooks.onUpgradedElsewhere()
    return false
  })
  await database.open()
}
