import { Anchor, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useCallback, useMemo } from 'react'
import { useErrorText } from './useErrorText'

interface NotifyAction {
  label: string
  onClick: () => void
}

/** Short confirmations (with an optional action such as "Undo") and failures, translated. */
export function useNotify() {
  const errorText = useErrorText()
  /** A confirmation; its id, to take it down later. */
  const offer = useCallback((message: string, action?: NotifyAction) => {
    const id = notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      message: (
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Text size="sm">{message}</Text>
          {action && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              onClick={() => {
                notifications.hide(id)
                action.onClick()
              }}
            >
              {action.label}
            </Anchor>
          )}
        </Group>
      ),
      autoClose: action ? 8000 : 4000
    })
    return id
  }, [])
  const success = useCallback(
    (message: string, action?: NotifyAction) => void offer(message, action),
    [offer]
  )
  /** Take a confirmation down (its action was done another way, e.g. Ctrl+Z). */
  const dismiss = useCallback((id: string) => notifications.hide(id), [])
  const failure = useCallback(
    (error: unknown) => {
      console.error(error)
      notifications.show({
        color: 'red',
        icon: <IconAlertTriangle size={18} />,
        message: errorText(error),
        autoClose: 10000
      })
    },
    [errorText]
  )
  // one object while its functions stay the same: list rows memoise on what they are given
  return useMemo(() => ({ success, offer, failure, dismiss }), [success, offer, failure, dismiss])
}
