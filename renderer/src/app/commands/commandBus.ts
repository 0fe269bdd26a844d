// App commands (log a meeting, open search, go to Today…) reach whoever handles them through this
// bus, whatever triggered them: the native menu (desktop), a keyboard shortcut (browser mode), a
// button or the command palette. Features subscribe with useCommand.
import type { MenuCommand } from '@shared/ipc/channels'

type Listener = () => void
const listeners = new Map<MenuCommand, Set<Listener>>()

export function onCommand(command: MenuCommand, listener: Listener): () => void {
  let set = listeners.get(command)
  if (!set) listeners.set(command, (set = new Set()))
  set.add(listener)
  return () => set.delete(listener)
}

/** Run a command; returns false when nothing handles it (yet). */
export function runCommand(command: MenuCommand): boolean {
  const set = listeners.get(command)
  if (!set || set.size === 0) return false
  for (const listener of set) listener()
  return true
}
