import type { MenuCommand } from '@shared/ipc/channels'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'

const isMac = () => typeof navigator !== 'undefined' && /mac/i.test(navigator.platform)

/** The key that CmdOrCtrl stands for: "⌘" on a Mac, "Ctrl" elsewhere. */
export const modKeyLabel = (): string => (isMac() ? '⌘' : 'Ctrl')

/** "CmdOrCtrl+L" as the person's keyboard says it: "Ctrl+L", or "⌘L" on a Mac. */
export function acceleratorLabel(accelerator: string): string {
  if (!isMac()) return accelerator.replace('CmdOrCtrl', 'Ctrl')
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
}

/** The shortcut of an app command, as shown to the person; '' when it has none. */
export function shortcutLabel(command: MenuCommand): string {
  const accelerator = (MENU_SHORTCUTS as Partial<Record<MenuCommand, string>>)[command]
  return accelerator ? acceleratorLabel(accelerator) : ''
}
