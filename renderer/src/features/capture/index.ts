import { lazyScreen } from '@renderer/components/lazyScreen'

export const CaptureScreen = lazyScreen(() => import('./CaptureScreen'), 'CaptureScreen')
export { PendingMeetingsNotice } from './PendingMeetingsNotice'
export { CaptureDropHost } from './CaptureDropHost'
export { ExportVCardButton } from './ExportVCardButton'
export { ExportVCardsButton } from './ExportVCardsButton'
// Settings sections load with the Settings screen, not with every start
export const OwnAddressesSettings = lazyScreen(() => import('./OwnAddressesSettings'), 'OwnAddressesSettings')
