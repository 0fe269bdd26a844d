import { lazyScreen } from '@renderer/components/lazyScreen'

// Settings sections load with the Settings screen, not with every start
export const BackupSettings = lazyScreen(() => import('./BackupSettings'), 'BackupSettings')
export { backupOnQuit, scheduleAutomaticBackups, runDailyBackup } from './autoBackup'
export { BackupFailureNotice } from './BackupFailureNotice'
export { recordedBackup, settleInterruptedBackups } from './backupStatus'
