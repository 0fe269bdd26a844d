export { RelationshipTimeline } from './RelationshipTimeline'
export { FollowUpEntry } from './FollowUpEntry'
