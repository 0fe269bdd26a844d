import {
  IconCalendarEvent,
  IconMail,
  IconMapPin,
  IconNote,
  IconPhone,
  IconUsers,
  IconUsersGroup,
  type Icon
} from '@tabler/icons-react'
import type { InteractionKind } from '@shared/schemas'

/** Kinds the quick log offers (introductions are recorded by their own feature). */
export const LOGGABLE_KINDS = ['meeting', 'call', 'email', 'event-encounter', 'site-visit', 'note'] as const

export const KIND_ICONS: Record<InteractionKind, Icon> = {
  meeting: IconUsers,
  call: IconPhone,
  email: IconMail,
  'event-encounter': IconCalendarEvent,
  'site-visit': IconMapPin,
  note: IconNote,
  introduction: IconUsersGroup
}

/** Alt+digit picks a follow-up: 0 none, 1 tomorrow, 2 next week, 3 in two weeks, 4 a date. */
export const FOLLOW_UP_KEYS = ['digit0', 'digit1', 'digit2', 'digit3', 'digit4'] as const
