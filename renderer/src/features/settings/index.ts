export { SettingsScreen } from './SettingsScreen'
export { ColorSchemeToggle } from './ColorSchemeToggle'
export { LanguageSwitch } from './LanguageSwitch'
export { useSetting } from './useSetting'
