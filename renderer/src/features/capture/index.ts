export { CaptureScreen } from './CaptureScreen'
export { PendingMeetingsNotice } from './PendingMeetingsNotice'
export { CaptureDropHost } from './CaptureDropHost'
export { ExportVCardButton } from './ExportVCardButton'
