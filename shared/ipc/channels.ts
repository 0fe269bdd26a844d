// Channel names only (no zod), so the sandboxed preload stays tiny. Named <feature>-<verb>.
export const IPC_CHANNELS = [
  'app-get-info',
  'app-set-language',
  'app-quit-ready',
  'shell-open-external',
  'file-save',
  'file-open',
  'notify-show',
  'reports-export',
  'backup-list',
  'backup-write-auto',
  'backup-read',
  'backup-save-as'
] as const

export type IpcChannel = (typeof IPC_CHANNELS)[number]

export function isIpcChannel(value: unknown): value is IpcChannel {
  return IPC_CHANNELS.some((channel) => channel === value)
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-company',
  'new-contact',
  'new-opportunity',
  'log-meeting',
  'import-calendar',
  'import-emails',
  'import-vcards',
  'go-today',
  'go-companies',
  'go-contacts',
  'go-pipeline',
  'go-events',
  'go-introductions',
  'go-impact',
  'go-reports',
  'export-report',
  'go-settings',
  'open-search',
  'show-shortcuts',
  'undo'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value)
}

export const MENU_COMMAND_EVENT = 'menu-command'

/** Main → renderer: the window is closing; write the backup on quit, then invoke app-quit-ready. */
export const BEFORE_QUIT_EVENT = 'app-before-quit'

/** Main → renderer: how far a long export has come ({ written, total } rows). */
export const EXPORT_PROGRESS_EVENT = 'reports-export-progress'
