// The Dexie database "relais". Every version lives in migrations/; repositories are the only
// code that touches these tables.
import Dexie, { type Table } from 'dexie'
import type {
  Capture,
  Contact,
  Draft,
  FollowUp,
  Interaction,
  Introduction,
  Opportunity,
  Organization,
  PrivacyLogEntry,
  RelaisEvent,
  SavedView,
  Setting,
  StageChange
} from '@shared/schemas'
import { applyMigrations } from './migrations'

export const DATABASE_NAME = 'relais'

export class RelaisDatabase extends Dexie {
  organizations!: Table<Organization, string>
  contacts!: Table<Contact, string>
  opportunities!: Table<Opportunity, string>
  stageChanges!: Table<StageChange, string>
  interactions!: Table<Interaction, string>
  followUps!: Table<FollowUp, string>
  events!: Table<RelaisEvent, string>
  introductions!: Table<Introduction, string>
  privacyLog!: Table<PrivacyLogEntry, string>
  settings!: Table<Setting, string>
  savedViews!: Table<SavedView, string>
  drafts!: Table<Draft, string>
  captures!: Table<Capture, string>

  constructor(name = DATABASE_NAME) {
    // Strict durability: a user's save reaches the disk before Dexie reports success
    // (Chrome's default is relaxed since 121; see RELIABILITY.md).
    super(name, { chromeTransactionDurability: 'strict' })
    applyMigrations(this)
  }
}

let current: RelaisDatabase | null = null

/** The app's database (opened lazily). Tests and the benchmark may replace it with useDatabase(). */
export function db(): RelaisDatabase {
  if (!current) current = new RelaisDatabase()
  return current
}

export function useDatabase(database: RelaisDatabase): void {
  current = database
}
