import { lazyScreen } from '@renderer/components/lazyScreen'

export const SettingsScreen = lazyScreen(() => import('./SettingsScreen'), 'SettingsScreen')
export type { SettingsSection } from './SettingsScreen'
export { AppearanceSettings } from './AppearanceSettings'
export { ColorSchemeToggle } from './ColorSchemeToggle'
