// The sections of the Settings screen, in order. The app (the composition root) gathers them so
// that no feature depends on the Settings screen: a feature exports its section component from
// its index and adds one line here, keeping its settings UI in its own folder.
import { BackupSettings } from '@renderer/features/backup'
import { FollowUpSettings } from '@renderer/features/follow-ups'
import { CadenceSettings } from '@renderer/features/health'
import { PipelineStageSettings } from '@renderer/features/pipeline'
import { PrivacyOfficerSettings, PrivacySettings } from '@renderer/features/privacy'
import { OwnAddressesSettings } from '@renderer/features/capture'
import { AppearanceSettings, type SettingsSection } from '@renderer/features/settings'

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { key: 'appearance', Section: AppearanceSettings },
  { key: 'pipeline-stages', Section: PipelineStageSettings },
  { key: 'follow-ups', Section: FollowUpSettings },
  { key: 'cadence', Section: CadenceSettings },
  { key: 'backup', Section: BackupSettings },
  { key: 'privacy', Section: PrivacySettings },
  { key: 'privacy-officer', Section: PrivacyOfficerSettings },
  { key: 'capture', Section: OwnAddressesSettings }
]
