import { useHotkeys, type HotkeyItem } from '@mantine/hooks'
import { useEffect } from 'react'
import type { MenuCommand } from '@shared/ipc/channels'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'
import { getPlatform } from '@renderer/platform'
import { runCommand } from './commandBus'

/** "CmdOrCtrl+Shift+N" (Electron accelerator) → "mod+shift+N" (Mantine hotkey). */
export function acceleratorToHotkey(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', 'mod').replace('Shift', 'shift').replace('Alt', 'alt')
}

const BROWSER_HOTKEYS: HotkeyItem[] = (Object.entries(MENU_SHORTCUTS) as [MenuCommand, string][]).map(
  ([command, accelerator]) => [
    acceleratorToHotkey(accelerator),
    () => void runCommand(command),
    { preventDefault: true }
  ]
)

/**
 * Desktop: the native menu owns the shortcuts and sends commands (binding the keys here too would
 * run each command twice). Browser mode: the same shortcuts are bound on the page.
 */
export function useCommandSources(): void {
  const platform = getPlatform()
  useEffect(() => platform.onMenuCommand((command) => void runCommand(command)), [platform])
  useHotkeys(platform.kind === 'browser' ? BROWSER_HOTKEYS : [], [], true)
}
