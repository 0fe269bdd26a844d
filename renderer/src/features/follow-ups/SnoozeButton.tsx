import { IconChevronDown, IconClockPause } from '@tabler/icons-react'
import type { ComponentPropsWithRef } from 'react'
import classes from './SnoozeButton.module.css'

interface SnoozeButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'type'> {
  label: string
}

/**
 * « Reporter ⌄ » as a plain button that looks like Mantine's compact subtle gray Button with its
 * two icons: Today shows some fifty of them. Also the menu's target once mounted (Menu.Target
 * passes its ref and handlers).
 */
export function SnoozeButton({ label, className, ...props }: SnoozeButtonProps) {
  return (
    <button
      type="button"
      // Mantine's global focus ring and press effect, as its own buttons have
      className={`mantine-focus-auto mantine-active ${classes.button} ${className ?? ''}`}
      {...props}
    >
      <span className={classes.inner}>
        <span className={classes.left}>
          <IconClockPause size={14} aria-hidden />
        </span>
        <span className={classes.label}>{label}</span>
        <span className={classes.right}>
          <IconChevronDown size={12} aria-hidden />
        </span>
      </span>
    </button>
  )
}
