// What the renderer may ask of its host. Desktop: the preload bridge (main writes files, shows
// dialogs and system notifications). Browser mode: downloads, a file input, the Notification API.
import type { BackupKind } from '@shared/backup/limits'
import type { MenuCommand } from '@shared/ipc/channels'
import type { BackupEntry, ExportProgress } from '@shared/ipc/contract'
import type { CsvDelimiter } from '@shared/reports/csv'
import type { Sheet } from '@shared/reports/types'
import type { Language } from '@shared/schemas/common'

export type { BackupEntry, ExportProgress }

export interface SaveFileRequest {
  suggestedName: string
  /** Shown in the save dialog's type list, e.g. "Excel". */
  filterName: string
  extensions: string[]
  mimeType: string
  content: Uint8Array | string
}

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export interface SaveResult {
  saved: boolean
  fileName?: string
}

export interface ReportExportRequest {
  format: 'xlsx' | 'csv'
  /** A file name, never a path. */
  suggestedName: string
  language: Language
  /** CSV only: ';' for French Excel. */
  delimiter: CsvDelimiter
  /** XLSX: one worksheet each; CSV: the first one. */
  sheets: Sheet[]
}

/** The automatic backups main keeps in the profile folder (desktop only). */
export interface BackupStore {
  list(): Promise<BackupEntry[]>
  write(kind: BackupKind, content: Uint8Array): Promise<BackupEntry>
  read(name: string): Promise<Uint8Array>
}

export interface Platform {
  readonly kind: 'desktop' | 'browser'
  /** Save through the native dialog (desktop) or as a download (browser). */
  saveFile(request: SaveFileRequest): Promise<SaveResult>
  /** Write report sheets as XLSX or CSV: main's streaming writers (desktop) or a download (browser). */
  exportReport(
    request: ReportExportRequest,
    onProgress?: (progress: ExportProgress) => void
  ): Promise<SaveResult>
  /** Save a backup (its bytes, or an encrypted one's text) where the person chooses (desktop) or as a download (browser). */
  saveBackup(suggestedName: string, content: Uint8Array | string): Promise<SaveResult>
  /** Automatic backups; null in browser mode, which has no folder of its own. */
  readonly backups: BackupStore | null
  /** Let the person pick a file (native dialog or file input); null when cancelled. */
  openFile(options: {
    filterName: string
    extensions: string[]
    maxBytes: number
  }): Promise<PickedFile | null>
  /** System notification; false when not allowed. */
  notify(title: string, body: string): Promise<boolean>
  /** Whether notify() may show anything; the desktop app always may, a browser must be allowed. */
  notificationPermission(): NotificationPermission
  /** Ask for that permission (browser mode; call it from a click, browsers ignore it otherwise). */
  requestNotificationPermission(): Promise<NotificationPermission>
  /** Open an http(s) or mailto link in the system browser, never inside the app. */
  openExternal(url: string): Promise<void>
  /** Tell the host the interface language (desktop: rebuilds the native menu). */
  setLanguage(language: Language): Promise<void>
  /** Relais's version, written in backups ("browser" in browser mode). */
  appVersion(): Promise<string>
  /** The system's language, to pick French or English on first run. */
  systemLanguage(): Language
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Desktop: the window is closing (write the backup on quit, then call quitReady). */
  onBeforeQuit(listener: () => void): () => void
  /** Lets the closing window close. */
  quitReady(): Promise<void>
}
