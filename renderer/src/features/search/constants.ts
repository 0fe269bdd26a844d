import {
  IconBriefcase,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChecklist,
  IconMessage,
  IconUser,
  type Icon
} from '@tabler/icons-react'
import type { SearchKind } from '@shared/search/documents'

export const KIND_ICON: Record<SearchKind, Icon> = {
  organization: IconBuildingSkyscraper,
  contact: IconUser,
  opportunity: IconBriefcase,
  interaction: IconMessage,
  event: IconCalendarEvent,
  followUp: IconChecklist
}
