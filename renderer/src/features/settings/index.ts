import { lazyScreen } from '@renderer/components/lazyScreen'

export const SettingsScreen = lazyScreen(() => import('./SettingsScreen'), 'SettingsScreen')
export type { SettingsSection } from './SettingsScreen'
export const AppearanceSettings = lazyScreen(() => import('./AppearanceSettings'), 'AppearanceSettings')
export { ColorSchemeToggle } from './ColorSchemeToggle'
