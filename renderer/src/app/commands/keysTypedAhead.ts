// Between a shortcut and the moment its box has the focus (its code still loading, a dialog's focus
// trap waiting a tick), letters typed at once would land on the page and be lost, or press the
// button that had the focus. They are kept here and given to the first text field that gets the
// focus next, as if typed there; an Enter typed with them is pressed there after them (Ctrl+K,
// « fjord », Enter: the palette opens its first line).

interface KeepOptions {
  /** Escape typed before the box is there: the person changed their mind. */
  onEscape?: () => void
}

// Past this, whatever opened never focused a field: stop holding the keyboard
const GIVE_UP_MS = 5000

let stopKeeping: (() => void) | null = null

const isTextField = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && ['text', 'search', ''].includes(target.type))

/** Types `text` into the field the way a keyboard would, so React's onChange sees it. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement
  const setValue = Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set
  setValue?.call(field, field.value + text)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/** An Enter on the field: its own key handlers run (no browser default, such as a form's submit). */
function pressEnter(field: HTMLElement): void {
  if (document.activeElement !== field) return
  field.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true })
  )
}

/**
 * Keeps the keys typed from now until the focus moves, for the text field it moves to. Already
 * keeping (a command that mounts its host, which then opens): the first call goes on.
 */
export function keepKeysTypedAhead({ onEscape }: KeepOptions = {}): void {
  if (stopKeeping) return
  const focusedBefore = document.activeElement
  let typed = ''
  let enter = false

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
    if (event.key === 'Escape') {
      typed = ''
      onEscape?.()
      return stop()
    }
    if (event.key === 'Backspace') typed = typed.slice(0, -1)
    else if ([...event.key].length === 1) typed += event.key
    else if (event.key === 'Enter') enter = typed !== ''
    else return
    // Enter too: it must not press the button that had the focus when the shortcut was pressed
    event.preventDefault()
    event.stopPropagation()
  }
  const onFocusIn = (event: FocusEvent) => {
    if (event.target === focusedBefore) return
    const field = event.target
    if (typed && isTextField(field)) {
      typeInto(field, typed)
      // after the focus has settled, as the person's own Enter would come
      if (enter) setTimeout(() => pressEnter(field))
    }
    stop()
  }
  const timer = setTimeout(() => stop(), GIVE_UP_MS)
  function stop() {
    clearTimeout(timer)
    window.removeEventListener('keydown', onKeyDown, true)
    document.removeEventListener('focusin', onFocusIn, true)
    if (stopKeeping === stop) stopKeeping = null
  }
  window.addEventListener('keydown', onKeyDown, true)
  document.addEventListener('focusin', onFocusIn, true)
  stopKeeping = stop
}
