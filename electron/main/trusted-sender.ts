// Every IPC message must come from our own page: the main frame (no iframe, even same-origin,
// may talk to main) whose URL is exactly on a trusted origin. Look-alikes such as
// "https://evil/?next=app://relais", "app://relais.evil" or "app://user@relais" fail.
import { isTrustedUrl } from './origins'

export interface SenderFrame {
  readonly url: string
  readonly parent: object | null
}

export interface SenderEvent {
  readonly senderFrame: SenderFrame | null
}

export function isTrustedSender(frame: SenderFrame | null, origins: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false
  return isTrustedUrl(frame.url, origins)
}

export function createSenderCheck(origins: readonly string[]): (event: SenderEvent) => boolean {
  return (event) => isTrustedSender(event.senderFrame, origins)
}
