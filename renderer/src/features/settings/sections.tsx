// The sections of the Settings screen, in order. A feature adds its own section component here
// (one line), keeping its settings UI in its own folder.
import type { ComponentType } from 'react'
import { PipelineStageSettings } from '@renderer/features/pipeline'
import { AppearanceSettings } from './AppearanceSettings'

export const SETTINGS_SECTIONS: { key: string; Section: ComponentType }[] = [
  { key: 'appearance', Section: AppearanceSettings },
  { key: 'pipeline-stages', Section: PipelineStageSettings }
]
