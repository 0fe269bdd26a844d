export { BackupSettings } from './BackupSettings'
export { scheduleDailyBackups, runDailyBackup } from './autoBackup'
