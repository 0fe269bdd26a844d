import { useLayoutEffect, useState } from 'react'

/**
 * A closed Mantine dialog still costs a portal, a transition, focus hooks and a window key
 * listener: a page holds several (the company page six), so each mounts on its first opening.
 * It mounts closed for one layout pass, then opens before the paint: Mantine sees it open as
 * usual (animation, focus back to what opened it). Returns whether to render the dialog at all
 * and the `opened` to give it.
 */
export function useShellOnFirstOpening(opened: boolean, fromStart = false) {
  const [mounted, setMounted] = useState(opened || fromStart)
  useLayoutEffect(() => {
    if (opened && !mounted) setMounted(true)
  }, [opened, mounted])
  return { render: mounted || opened, opened: opened && mounted }
}
