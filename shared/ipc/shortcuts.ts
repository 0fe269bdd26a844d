// Keyboard shortcuts of the renderer commands, in Electron accelerator syntax (CmdOrCtrl = Cmd on
// macOS, Ctrl elsewhere). The desktop menu registers them; the renderer can list them in its
// shortcuts help and bind the same keys in browser mode.
import type { MenuCommand } from './channels'

export const MENU_SHORTCUTS = {
  'new-company': 'CmdOrCtrl+N',
  'new-contact': 'CmdOrCtrl+Shift+N',
  'new-opportunity': 'CmdOrCtrl+Shift+F',
  'log-meeting': 'CmdOrCtrl+L',
  'open-search': 'CmdOrCtrl+K',
  'go-today': 'CmdOrCtrl+1',
  'go-companies': 'CmdOrCtrl+2',
  'go-contacts': 'CmdOrCtrl+3',
  'go-pipeline': 'CmdOrCtrl+4',
  'go-events': 'CmdOrCtrl+5',
  'go-introductions': 'CmdOrCtrl+6',
  'go-impact': 'CmdOrCtrl+7',
  'go-reports': 'CmdOrCtrl+8',
  'export-report': 'CmdOrCtrl+E',
  'go-settings': 'CmdOrCtrl+,',
  'show-shortcuts': 'CmdOrCtrl+/'
  // 'undo' has none: Ctrl+Z must stay the text fields' own undo
} as const satisfies Partial<Record<MenuCommand, string>>
