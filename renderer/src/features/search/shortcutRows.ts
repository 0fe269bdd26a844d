import { isMenuCommand } from '@shared/ipc/channels'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'

export interface ShortcutRow {
  /** Its message under search.shortcuts.* */
  key: string
  /** In Electron accelerator syntax, or the key itself. */
  keys: string
}

/** Every line of the shortcuts overlay: each command that has a shortcut, then the page's own keys. */
export const SHORTCUT_ROWS: readonly ShortcutRow[] = [
  ...Object.entries(MENU_SHORTCUTS).flatMap(([command, keys]) =>
    isMenuCommand(command) ? [{ key: command, keys }] : []
  ),
  { key: 'slash', keys: '/' },
  { key: 'undo', keys: 'CmdOrCtrl+Z' }
]
