import { DeferredHost } from '@renderer/app/commands/DeferredHost'
import { lazyScreen } from '@renderer/components/lazyScreen'
import type { MenuCommand } from '@shared/ipc/channels'

const SearchPalette = lazyScreen(() => import('./SearchPalette'), 'SearchPalette')
const COMMANDS: readonly MenuCommand[] = ['open-search']
const HOTKEYS: readonly (readonly [string, MenuCommand])[] = [['/', 'open-search']]

/** The search palette (Spotlight, its results, the search worker) loads after start or on Ctrl/Cmd+K. */
export function DeferredSearchPalette() {
  return <DeferredHost host={SearchPalette} commands={COMMANDS} hotkeys={HOTKEYS} />
}
