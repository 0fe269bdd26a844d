import { Kbd, ThemeIcon } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import type { PaletteAction } from './usePaletteActions'

/** An action in the palette, with its keyboard shortcut on the right. */
export function PaletteActionLine({ action }: { action: PaletteAction }) {
  return (
    <Spotlight.Action
      onClick={action.run}
      label={action.label}
      leftSection={
        <ThemeIcon variant="light" color="gray" size="md" aria-hidden>
          <action.icon size={16} />
        </ThemeIcon>
      }
      rightSection={action.shortcut ? <Kbd size="xs">{action.shortcut}</Kbd> : null}
    />
  )
}
