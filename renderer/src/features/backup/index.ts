export { BackupSettings } from './BackupSettings'
export { backupOnQuit, scheduleAutomaticBackups, runDailyBackup } from './autoBackup'
export { BackupFailureNotice } from './BackupFailureNotice'
export { recordedBackup, settleInterruptedBackups } from './backupStatus'
