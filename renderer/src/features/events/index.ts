import { lazyScreen } from '@renderer/components/lazyScreen'

export const EventsScreen = lazyScreen(() => import('./EventsScreen'), 'EventsScreen')
export const EventScreen = lazyScreen(() => import('./EventScreen'), 'EventScreen')
export const EventModeScreen = lazyScreen(() => import('./EventModeScreen'), 'EventModeScreen')
