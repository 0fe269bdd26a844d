// The preload bridge as the renderer sees it: present in the desktop app, absent in a browser.
import type { RelaisBridge } from '../../shared/ipc/contract'

declare global {
  interface Window {
    relais?: RelaisBridge
  }
}

export {}
