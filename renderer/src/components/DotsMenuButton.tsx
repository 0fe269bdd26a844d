import { IconDots } from '@tabler/icons-react'
import type { ComponentPropsWithRef } from 'react'
import classes from './DotsMenuButton.module.css'

interface DotsMenuButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'type'> {
  'aria-label': string
}

/**
 * The "…" button of an entry's menu, as a plain button that looks like Mantine's subtle gray
 * ActionIcon: a timeline or Today shows dozens of them, and an ActionIcon is three Mantine
 * components each. Also the menu's target once mounted (Menu.Target passes its ref and handlers).
 */
export function DotsMenuButton({ className, ...props }: DotsMenuButtonProps) {
  return (
    <button
      type="button"
      // Mantine's global focus ring and press effect, as its own buttons have
      className={`mantine-focus-auto mantine-active ${classes.button} ${className ?? ''}`}
      {...props}
    >
      <IconDots size={16} aria-hidden />
    </button>
  )
}
