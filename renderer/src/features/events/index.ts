export { EventsScreen } from './EventsScreen'
export { EventScreen } from './EventScreen'
export { EventModeScreen } from './EventModeScreen'
