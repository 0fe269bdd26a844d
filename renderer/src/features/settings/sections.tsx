// The sections of the Settings screen, in order. A feature adds its own section component here
// (one line), keeping its settings UI in its own folder.
import type { ComponentType } from 'react'
import { PipelineStageSettings } from '@renderer/features/pipeline'
import { BackupSettings } from '@renderer/features/backup'
import { FollowUpSettings } from '@renderer/features/follow-ups'
import { CadenceSettings } from '@renderer/features/health'
import { PrivacyOfficerSettings, PrivacySettings } from '@renderer/features/privacy'
import { OwnAddressesSettings } from '@renderer/features/capture/OwnAddressesSettings'
import { AppearanceSettings } from './AppearanceSettings'

export const SETTINGS_SECTIONS: { key: string; Section: ComponentType }[] = [
  { key: 'appearance', Section: AppearanceSettings },
  { key: 'pipeline-stages', Section: PipelineStageSettings },
  { key: 'follow-ups', Section: FollowUpSettings },
  { key: 'cadence', Section: CadenceSettings },
  { key: 'backup', Section: BackupSettings },
  { key: 'privacy', Section: PrivacySettings },
  { key: 'privacy-officer', Section: PrivacyOfficerSettings },
  { key: 'capture', Section: OwnAddressesSettings }
]
