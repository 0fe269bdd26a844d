// Stay-in-touch cadence: each tier has a number of days between contacts. A company past its
// cadence shows on Today beside the due follow-ups (see staleRelationships in staleness.ts).
import type { Tier } from '../schemas/organization'

export type CadenceDays = Record<Tier, number>

export const DEFAULT_CADENCE_DAYS: CadenceDays = { 'key-account': 30, active: 90, watch: 180 }
