import {
  IconBuildingSkyscraper,
  IconCalendarCheck,
  IconCalendarEvent,
  IconChartBar,
  IconLayoutKanban,
  IconSettings,
  IconSun,
  IconTargetArrow,
  IconTrash,
  IconUsers,
  IconUsersGroup,
  type Icon
} from '@tabler/icons-react'

export interface NavItem {
  /** i18n key under nav.* */
  key: string
  path: string
  icon: Icon
}

export const MAIN_NAV: NavItem[] = [
  { key: 'today', path: '/today', icon: IconSun },
  { key: 'capture', path: '/capture', icon: IconCalendarCheck },
  { key: 'companies', path: '/companies', icon: IconBuildingSkyscraper },
  { key: 'contacts', path: '/contacts', icon: IconUsers },
  { key: 'pipeline', path: '/pipeline', icon: IconLayoutKanban },
  { key: 'events', path: '/events', icon: IconCalendarEvent },
  { key: 'introductions', path: '/introductions', icon: IconUsersGroup },
  { key: 'impact', path: '/impact', icon: IconTargetArrow },
  { key: 'reports', path: '/reports', icon: IconChartBar }
]

export const SECONDARY_NAV: NavItem[] = [
  { key: 'trash', path: '/trash', icon: IconTrash },
  { key: 'settings', path: '/settings', icon: IconSettings }
]
