import type { StageKind } from '@shared/schemas'

/** Theme colours of a stage by its kind, wherever a stage shows as a badge. */
export const STAGE_KIND_COLORS: Record<StageKind, string> = {
  open: 'relais',
  won: 'teal',
  lost: 'red',
  hold: 'gray'
}
