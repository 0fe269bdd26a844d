export { useQuickLog, type QuickLogPreset } from './quickLogStore'
export { QuickLogHost } from './QuickLogHost'
export { QuickLogButton } from './QuickLogButton'
export { KIND_ICONS } from './constants'
