import type { Platform } from './Platform'
import { createBrowserPlatform } from './browser'

let platform: Platform | null = null

/** The host the renderer runs in: the desktop bridge when preload exposed it, else the browser. */
export function getPlatform(): Platform {
  if (!platform) platform = createBrowserPlatform()
  return platform
}

export function setPlatform(next: Platform): void {
  platform = next
}

export type { Platform, PickedFile, SaveFileRequest } from './Platform'
