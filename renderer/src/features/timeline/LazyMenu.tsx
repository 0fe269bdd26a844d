import type { ReactNode } from 'react'
import { useState } from 'react'
import classes from './timeline.module.css'

interface LazyMenuProps {
  /** The button's accessible name, the same as the menu's own button. */
  label: string
  /** What the button shows: an icon, or an icon and a word. */
  face: ReactNode
  /** A word beside the icon (a wider button). */
  withText?: boolean
  /** The menu, rendered open (and its button focused) in place of this button once pressed. */
  menu: () => ReactNode
}

/**
 * An entry's menu button: a plain button until first pressed, then the menu itself, opened.
 * Forty entries each holding a closed Mantine menu cost more than the entries themselves.
 */
export function LazyMenu({ label, face, withText, menu }: LazyMenuProps) {
  const [used, setUsed] = useState(false)
  if (used) return menu()
  return (
    <button
      type="button"
      className={withText ? classes.labelButton : classes.iconButton}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setUsed(true)}
    >
      {face}
    </button>
  )
}
