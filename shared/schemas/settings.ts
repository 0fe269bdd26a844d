// The settings table's record, and each setting key with its schema and default. Features add
// their keys here.
import { z } from 'zod'
import { lazySchema } from './lazy'
import { DEFAULT_CADENCE_DAYS } from '../domain/cadence'
import { DEFAULT_PIPELINE_STAGES } from '../domain/pipeline-stages'
import { pipelineStagesSchema } from './opportunity'
import { NO_PRIVACY_OFFICER, privacyOfficerSchema } from './privacy-officer'

/** Key/value settings: locale, stages, staleness, backups, privacy officer… */
export const settingSchema = lazySchema(() => z.object({ key: z.string().min(1), value: z.unknown() }))

export const settingDefinitions = {
  /** null until the person picks: the system language applies. */
  language: { schema: z.enum(['fr', 'en']).nullable(), default: null },
  /** Set once the first-run choice (empty or demo) was made. */
  workspaceInitialized: { schema: z.boolean(), default: false },
  pipelineStages: { schema: pipelineStagesSchema, default: DEFAULT_PIPELINE_STAGES },
  /** Companies with open files or key accounts idle for more than this many days are "stale". */
  staleDays: { schema: lazySchema(() => z.number().int().min(1).max(3650)), default: 60 },
  /** Hour of the day (0–23) of the daily follow-up reminder. */
  reminderHour: { schema: lazySchema(() => z.number().int().min(0).max(23)), default: 9 },
  /** Law 25: contacts not met for this many years are listed for a retention review. */
  retentionYears: { schema: lazySchema(() => z.number().int().min(1).max(50)), default: 3 },
  /** Law 25, s. 3.1: the person in charge of personal information (all empty until named). */
  privacyOfficer: { schema: privacyOfficerSchema, default: NO_PRIVACY_OFFICER },
  /** Stay-in-touch cadence in days, per tier. */
  cadenceDays: {
    schema: lazySchema(() =>
      z.object({
        'key-account': z.number().int().min(1).max(3650),
        active: z.number().int().min(1).max(3650),
        watch: z.number().int().min(1).max(3650)
      })
    ),
    default: DEFAULT_CADENCE_DAYS
  },
  /** The officer's own e-mail addresses: never offered as attendees of a captured meeting. */
  ownAddresses: { schema: lazySchema(() => z.array(z.email()).max(20)), default: [] as string[] }
} as const

export type Setting = z.infer<typeof settingSchema>
export type SettingKey = keyof typeof settingDefinitions
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]['schema']>
