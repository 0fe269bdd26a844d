import { useHotkeys } from '@mantine/hooks'
import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react'
import type { MenuCommand } from '@shared/ipc/channels'
import { onCommand, runCommand } from './commandBus'

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
// browser is idle, so that the first shortcut pressed finds the host already there (keys typed at
// once go to its field, not lost while its chunk loads).
const MOUNT_AFTER_MS = 2500
const IDLE_TIMEOUT_MS = 3000

function afterStart(run: () => void): () => void {
  let idle: number | undefined
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    else run()
  }, MOUNT_AFTER_MS)
  return () => {
    clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}

/** Runs the command that mounted the host, once the host's own handlers are registered. */
function RunPending({ pending }: { pending: { current: MenuCommand | null } }) {
  useEffect(() => {
    const command = pending.current
    pending.current = null
    if (command) runCommand(command)
  }, [pending])
  return null
}

/**
 * A dialog host the first screen does not need (search palette…): its code loads and mounts after
 * start, or at once when one of its commands or keys comes first. Until then this stands in for it.
 */
export function DeferredHost({ host: Host, commands, hotkeys = [] }: DeferredHostProps) {
  const [mounted, setMounted] = useState(false)
  const pending = useRef<MenuCommand | null>(null)

  useEffect(() => {
    if (mounted) return
    const mountFor = (command: MenuCommand) => () => {
      pending.current = command
      setMounted(true)
    }
    const stops = commands.map((command) => onCommand(command, mountFor(command)))
    const stopWaiting = afterStart(() => setMounted(true))
    return () => {
      stops.forEach((stop) => stop())
      stopWaiting()
    }
  }, [mounted, commands])

  useHotkeys(
    mounted
      ? []
      : hotkeys.map(([key, command]) => [
          key,
          () => {
            pending.current = command
            setMounted(true)
          }
        ])
  )

  if (!mounted) return null
  return (
    <Suspense fallback={null}>
      <Host />
      <RunPending pending={pending} />
    </Suspense>
  )
}
