import { isAbsolute, join } from 'node:path'
import { APP_NAME, USER_DATA_ENV } from './constants'

/**
 * The profile folder, fixed to <appData>/Relais whatever package.json says, so a rename of the
 * package never moves (and so empties) the database. RELAIS_USER_DATA, if absolute, overrides it.
 */
export function resolveUserDataDir(appDataDir: string, env: Record<string, string | undefined>): string {
  const override = env[USER_DATA_ENV]
  if (override && isAbsolute(override)) return override
  return join(appDataDir, APP_NAME)
}
