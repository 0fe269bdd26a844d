export { BackupSettings } from './BackupSettings'
export { backupOnQuit, scheduleAutomaticBackups, runDailyBackup } from './autoBackup'
