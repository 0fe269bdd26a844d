// The sections of the Settings screen, in order. A feature adds its own section component here
// (one line), keeping its settings UI in its own folder.
import type { ComponentType } from 'react'
import { BackupSettings } from '@renderer/features/backup'
import { AppearanceSettings } from './AppearanceSettings'

export const SETTINGS_SECTIONS: { key: string; Section: ComponentType }[] = [
  { key: 'appearance', Section: AppearanceSettings },
  { key: 'backup', Section: BackupSettings }
]
