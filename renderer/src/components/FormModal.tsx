// The one shell of the form dialogs (company, contact, event, follow-up, introduction, financing
// file, quick log). What it guarantees:
// - Escape closes an open date picker, select or type-ahead first, never the dialog under it;
// - a changed form never closes silently: Escape, the close button or a click outside ask first;
// - focus goes back where it was when the dialog closes (Mantine's return focus);
// - no earlier toast covers its buttons;
// - Ctrl+Enter (⌘+Enter) saves from any field.
import { Button, Group, Modal, Paper, Stack, Text, type ModalProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent
} from 'react'
import { useTranslation } from 'react-i18next'
import { useShellOnFirstOpening } from '@renderer/hooks/useShellOnFirstOpening'
import { popoverOpenIn } from './popoverOpen'

interface FormModalGuard {
  /** The form says whether it holds unsaved changes (called at close time). */
  setDirtyCheck: (isDirty: (() => boolean) | null) => void
  /** Close as the close button would: asks first when the form is changed. */
  requestClose: () => void
  /** Takes the dialog off the screen at once; it leaves the page when `opened` turns false. */
  hide: () => void
}

const GuardContext = createContext<FormModalGuard | null>(null)

interface FormModalProps extends Pick<ModalProps, 'size' | 'children'> {
  opened: boolean
  onClose: () => void
  title: string
  /** The question asked before dropping changes; defaults to « Abandonner les modifications ? ». */
  discardQuestion?: string
  /** A dialog above this one handles Escape itself (the introduction opened from the quick log). */
  escapeHandledAbove?: boolean
  /** No opening animation: the form is there, focused, in the same frame (typing right after Ctrl+L). */
  instant?: boolean
}

export function FormModal(props: FormModalProps) {
  const { opened, onClose, title, size, children, discardQuestion, escapeHandledAbove, instant } = props
  const { t } = useTranslation()
  const dirtyCheck = useRef<(() => boolean) | null>(null)
  const [asking, setAsking] = useState(false)
  const content = useRef<HTMLDivElement>(null)

  // Closed: no question left open. Opened: a toast about the last action sat over the dialog's
  // buttons (both bottom right, at 1280×720) and took the click; the dialog is what the person does
  // next, so earlier toasts go
  useEffect(() => {
    if (opened) notifications.clean()
    else setAsking(false)
  }, [opened])

  // An instant dialog focuses its field before Mantine notes what had the focus: note it here
  const [opener, setOpener] = useState<{ element: Element | null } | null>(null)
  if (instant && opened && !opener) setOpener({ element: document.activeElement })
  useEffect(() => {
    if (opened || !opener) return
    if (opener.element instanceof HTMLElement) opener.element.focus({ preventScroll: true })
    setOpener(null)
  }, [opened, opener])

  // The modal's shell stays in the page between openings: shown again as it opens, before the paint
  const hidden = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    if (!opened || !hidden.current) return
    hidden.current.style.display = ''
    hidden.current = null
  }, [opened])

  const requestClose = useCallback(() => {
    if (dirtyCheck.current?.()) setAsking(true)
    else onClose()
  }, [onClose])
  const guard = useMemo(
    () => ({
      setDirtyCheck: (check: (() => boolean) | null) => (dirtyCheck.current = check),
      requestClose,
      hide: () => {
        const dialog = content.current?.closest<HTMLElement>('[data-portal], .mantine-Modal-root')
        if (dialog) dialog.style.display = 'none'
        hidden.current = dialog ?? null
      }
    }),
    [requestClose]
  )

  // Mounted on its first opening; the instant quick log keeps its shell in the page from the start
  const shell = useShellOnFirstOpening(opened, instant)

  // Whether a popover was open is read on the way down, before the popover's own handler closes it
  const popoverWasOpen = useRef(false)
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Escape') popoverWasOpen.current = popoverOpenIn(content.current)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return
    // the quick log saves on Ctrl+Enter itself (and marks the event so)
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented)
      return submitFrom(event)
    if (event.key !== 'Escape' || escapeHandledAbove) return
    if (!popoverWasOpen.current) requestClose()
  }

  if (!shell.render) return null
  return (
    <Modal
      opened={shell.opened}
      onClose={requestClose}
      closeOnEscape={false}
      size={size}
      title={title}
      closeButtonProps={{
        'aria-label': t('common.close'),
        // the header is outside the body's handler: Escape on ✕ must ask (or close) all the same
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Escape' && !escapeHandledAbove) requestClose()
        }
      }}
      transitionProps={instant ? { duration: 0 } : undefined}
      // The page behind stays still by blocking wheel and touch scrolling, not by restyling <body>:
      // that restyle recalculated and repainted the whole page as the dialog opened and closed
      // (~60 ms on a long timeline, in the same frame as the quick log's new entry)
      removeScrollProps={{ removeScrollBar: false }}
    >
      <div ref={content} onKeyDown={onKeyDown} onKeyDownCapture={onKeyDownCapture}>
        {asking && (
          <DiscardQuestion
            question={discardQuestion ?? t('forms.discard.question')}
            onKeep={() => setAsking(false)}
            onDiscard={() => {
              setAsking(false)
              onClose()
            }}
          />
        )}
        <GuardContext.Provider value={guard}>{opened && children}</GuardContext.Provider>
      </div>
    </Modal>
  )
}

/** Ctrl+Enter (⌘+Enter) saves from any field, the notes' text area included, where Enter is a new line. */
function submitFrom(event: KeyboardEvent) {
  const form = (event.target as Element).closest('form')
  if (!form) return
  event.preventDefault()
  form.requestSubmit()
}

/** Asked in the dialog itself, above the form (a second modal would fight the first for focus). */
function DiscardQuestion(props: { question: string; onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation()
  const keep = useRef<HTMLButtonElement>(null)
  const id = useId()
  useEffect(() => keep.current?.focus(), [])
  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      bg="var(--mantine-color-yellow-light)"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-explanation`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        props.onKeep()
      }}
    >
      <Stack gap="xs">
        <Text fw={600} id={`${id}-question`}>
          {props.question}
        </Text>
        <Text size="sm" id={`${id}-explanation`}>
          {t('forms.discard.explanation')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button ref={keep} variant="default" onClick={props.onKeep}>
            {t('forms.discard.keepEditing')}
          </Button>
          <Button color="red" onClick={props.onDiscard}>
            {t('forms.discard.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

/**
 * Inside a FormModal: register how to tell the form is changed, and get the guarded close (for a
 * Cancel button that should ask too). Outside one, `requestClose` is undefined.
 */
export function useFormModalGuard(isDirty: () => boolean): (() => void) | undefined {
  const guard = useContext(GuardContext)
  const check = useRef(isDirty)
  check.current = isDirty
  useEffect(() => {
    guard?.setDirtyCheck(() => check.current())
    return () => guard?.setDirtyCheck(null)
  }, [guard])
  return guard?.requestClose
}

/**
 * Inside a FormModal: hides the dialog at once, without React rendering anything, for a save that
 * shows its result right away and closes the dialog after the paint (removing a form takes a while).
 * Outside one, undefined.
 */
export function useHideFormModal(): (() => void) | undefined {
  return useContext(GuardContext)?.hide
}
