import { useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/ipc/channels'
import { onCommand } from './commandBus'

/** Handle an app command while this component is mounted. */
export function useCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => onCommand(command, () => latest.current()), [command])
}
