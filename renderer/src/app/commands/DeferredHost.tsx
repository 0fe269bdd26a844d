import { useHotkeys } from '@mantine/hooks'
import { Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react'
import type { MenuCommand } from '@shared/ipc/channels'
import { runInBackgroundAfter } from '@renderer/hooks/screenSettling'
import { onCommand, runCommand } from './commandBus'
import { keepKeysTypedAhead } from './keysTypedAhead'

interface DeferredHostProps {
  /** The host's own chunk: `lazy(() => import(...))`. */
  host: ComponentType
  /** Commands the host handles: the first one run mounts it, then runs again for it. */
  commands: readonly MenuCommand[]
  /** Keys the host binds itself (e.g. "/" for search), each to the command it stands for. */
  hotkeys?: readonly (readonly [string, MenuCommand])[]
}

// Not right at start: the first screen's reads and render come first (on a large workspace they
// take 1–2 s, waiting on the database, when the main thread looks idle). Then as soon as the
// browser is idle, so that the first shortcut pressed usually finds the host already there. When it
// does not, the keys typed while its chunk loads are kept for its field.
const MOUNT_AFTER_MS = 2500
const IDLE_TIMEOUT_MS = 3000

// nor while a screen just opened settles (see screenSettling.ts)
const afterStart = (run: () => void): (() => void) =>
  runInBackgroundAfter(MOUNT_AFTER_MS, IDLE_TIMEOUT_MS, run)

/** Runs the command that mounted the host, once the host's own handlers are registered. */
function RunPending({ pending, onReady }: { pending: { current: MenuCommand | null }; onReady: () => void }) {
  useEffect(() => {
    const command = pending.current
    pending.current = null
    if (command) runCommand(command)
    onReady()
  }, [pending, onReady])
  return null
}

/**
 * A dialog host the first screen does not need (search palette…): its code loads and mounts after
 * start, or at once when one of its commands or keys comes first. Until its own handlers are
 * registered, this takes its commands and keys for it.
 */
export function DeferredHost({ host: Host, commands, hotkeys = [] }: DeferredHostProps) {
  const [mounted, setMounted] = useState(false)
  const [hostReady, setHostReady] = useState(false)
  const pending = useRef<MenuCommand | null>(null)
  const mountAndRun = useCallback((command: MenuCommand) => {
    pending.current = command
    keepKeysTypedAhead({ onEscape: () => (pending.current = null) })
    setMounted(true)
  }, [])
  const onReady = useCallback(() => setHostReady(true), [])

  useEffect(() => {
    if (hostReady) return
    const stops = commands.map((command) => onCommand(command, () => mountAndRun(command)))
    return () => stops.forEach((stop) => stop())
  }, [hostReady, commands, mountAndRun])
  useEffect(() => (mounted ? undefined : afterStart(() => setMounted(true))), [mounted])
  useHotkeys(hostReady ? [] : hotkeys.map(([key, command]) => [key, () => mountAndRun(command)]))

  if (!mounted) return null
  return (
    <Suspense fallback={null}>
      <Host />
      <RunPending pending={pending} onReady={onReady} />
    </Suspense>
  )
}
