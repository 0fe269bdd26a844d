import { lazyScreen } from '@renderer/components/lazyScreen'

const loadToday = () => import('./TodayScreen')
export const TodayScreen = lazyScreen(loadToday, 'TodayScreen')
/** Starts loading Today's code while the database opens: it is the first screen of the day. */
export const preloadToday = () => void loadToday()
export { sideCardsOnNavigation } from './sideCardsReads'
export { FollowUpReminders } from './FollowUpReminders'
// Settings sections load with the Settings screen, not with every start
export const FollowUpSettings = lazyScreen(() => import('./FollowUpSettings'), 'FollowUpSettings')
export { FollowUpMenu } from './FollowUpMenu'
export { SnoozeMenu } from './SnoozeMenu'
export { useFollowUpActions, type FollowUpActions } from './useFollowUpActions'
export { useDueLabel } from './useDueLabel'
