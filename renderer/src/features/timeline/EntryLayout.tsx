import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import classes from './timeline.module.css'

interface EntryLayoutProps {
  icon: Icon
  /** One of the colours timeline.module.css tints: relais, yellow, teal, gray, red, grape. */
  color: string
  label: string
  children: ReactNode
  actions?: ReactNode
  /** Shown before its write has finished (a quick log on its way to the database). */
  busy?: boolean
}

/** One timeline entry: an icon on the rail, the content, and actions on the right. */
export function EntryLayout({ icon: EntryIcon, color, label, children, actions, busy }: EntryLayoutProps) {
  return (
    <li className={classes.entry} aria-label={label} aria-busy={busy || undefined}>
      <span className={`${classes.icon} ${classes.tint}`} data-color={color}>
        <EntryIcon size={16} aria-hidden />
      </span>
      <div className={classes.body}>{children}</div>
      {actions && <div className={classes.actions}>{actions}</div>}
    </li>
  )
}
