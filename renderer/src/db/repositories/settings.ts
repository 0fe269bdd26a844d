import { parseOrThrow, settingDefinitions, type SettingKey, type SettingValue } from '@shared/schemas'
import { db } from '../schema'

/** A stored setting, or its default when absent or no longer valid (e.g. written by an older version). */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db().settings.get(key)
  const definition = settingDefinitions[key]
  if (!row) return definition.default as SettingValue<K>
  const parsed = definition.schema.safeParse(row.value)
  return (parsed.success ? parsed.data : definition.default) as SettingValue<K>
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  const valid = parseOrThrow(settingDefinitions[key].schema, value)
  await db().settings.put({ key, value: valid })
}

/**
 * Changes part of a setting from its stored value, read in the write's own transaction: two fields
 * of one setting left in quick succession each keep their change (a copy read at render time lost
 * the first one).
 */
export async function updateSetting<K extends SettingKey>(
  key: K,
  change: (current: SettingValue<K>) => SettingValue<K>
): Promise<void> {
  await db().transaction('rw', db().settings, async () => {
    await setSetting(key, change(await getSetting(key)))
  })
}
