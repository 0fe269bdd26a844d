import { useDbQuery } from '@renderer/db/useDbQuery'
import { getSetting } from '@renderer/db/repositories/settings'
import type { SettingKey, SettingValue } from '@shared/schemas'

/** A setting's live value (undefined while loading). */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useDbQuery(() => getSetting(key), [key]).data
}
