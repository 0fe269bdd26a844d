export { RelationshipTimeline } from './RelationshipTimeline'
