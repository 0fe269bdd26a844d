// What the renderer may ask of its host. Desktop: the preload bridge (main writes files, shows
// dialogs and system notifications). Browser mode: downloads, a file input, the Notification API.
import type { MenuCommand } from '@shared/ipc/channels'
import type { Language } from '@shared/schemas/common'

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

export interface Platform {
  readonly kind: 'desktop' | 'browser'
  /** Save through the native dialog (desktop) or as a download (browser). */
  saveFile(request: SaveFileRequest): Promise<{ saved: boolean; fileName?: string }>
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
  /** The system's language, to pick French or English on first run. */
  systemLanguage(): Language
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
