import { db } from '../schema'

/** Open the database before the first screen; a failure here is shown instead of a blank window. */
export async function openDatabase(): Promise<void> {
  await db().open()
}
