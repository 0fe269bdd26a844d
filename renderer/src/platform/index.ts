import type { Platform } from './Platform'
import { createBrowserPlatform } from './browser'
import { createDesktopPlatform } from './desktop'

let platform: Platform | null = null

/** The host the renderer runs in: the desktop bridge when preload exposed it, else the browser. */
export function getPlatform(): Platform {
  if (!platform) platform = window.relais ? createDesktopPlatform(window.relais) : createBrowserPlatform()
  return platform
}

export function setPlatform(next: Platform): void {
  platform = next
}

export type {
  BackupEntry,
  BackupStore,
  ExportProgress,
  Platform,
  PickedFile,
  ReportExportRequest,
  SaveFileRequest,
  SaveResult
} from './Platform'
