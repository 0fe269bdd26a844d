import { lazyScreen } from '@renderer/components/lazyScreen'

export const TodayScreen = lazyScreen(() => import('./TodayScreen'), 'TodayScreen')
export { FollowUpReminders } from './FollowUpReminders'
export { FollowUpSettings } from './FollowUpSettings'
export { FollowUpMenu } from './FollowUpMenu'
export { SnoozeMenu } from './SnoozeMenu'
export { useFollowUpActions, type FollowUpActions } from './useFollowUpActions'
export { useDueLabel } from './useDueLabel'
