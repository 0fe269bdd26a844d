import type { CalendarDate } from '../../domain/dates'
import type { Language } from '../../schemas/common'
import type { Contact } from '../../schemas/contact'
import type { Introduction } from '../../schemas/introduction'
import type { FollowUp } from '../../schemas/follow-up'
import type { Interaction } from '../../schemas/interaction'
import { calendarDateOf } from '../../domain/dates'
import type { Opportunity, PipelineStage } from '../../schemas/opportunity'
import type { StageChange } from '../../schemas/stage-change'
import type { Organization } from '../../schemas/organization'
import type { Period, Report, ReportId } from '../types'
import { buildActivityReport } from './activity'
import { buildOrganizationsReport } from './organizations'
import { buildFollowUpsReport } from './follow-ups'
import { buildImpactReport } from './impact'
import { buildIntroductionsReport } from './introductions'
import { buildPipelineReport } from './pipeline'

export { buildActivityReport } from './activity'
export { buildOrganizationsReport } from './organizations'
export { buildFollowUpsReport, followUpState, FOLLOW_UP_STATES } from './follow-ups'
export { buildImpactReport, buildImpactTables, NO_IMPACT_FILTER } from './impact'
export { impactOpportunityLabel, impactFiltersSheet } from './impact-filters'
export { buildIntroductionsReport } from './introductions'
export { buildPipelineReport, opportunityAmountCents, weightedCents } from './pipeline'

/** Every table a report may read; a loader fills only what the chosen report needs. */
export interface ReportData {
  organizations: Organization[]
  contacts: Contact[]
  opportunities: Opportunity[]
  interactions: Interaction[]
  followUps: FollowUp[]
  introductions: Introduction[]
  stages: PipelineStage[]
  stageChanges: StageChange[]
}

export interface ReportContext {
  period: Period
  today: CalendarDate
  language: Language
}

/** The tables of ReportData each report reads (interactions only within the period). */
export const REPORT_NEEDS: Record<ReportId, (keyof ReportData)[]> = {
  activity: ['interactions', 'organizations', 'contacts', 'opportunities'],
  followUps: ['followUps', 'organizations', 'contacts', 'opportunities'],
  pipeline: ['opportunities', 'organizations', 'stages'],
  introductions: ['introductions', 'organizations', 'contacts'],
  companies: ['organizations', 'contacts', 'opportunities', 'interactions'],
  impact: ['organizations', 'contacts', 'opportunities', 'interactions', 'introductions', 'stageChanges']
}

/** The local calendar day of an instant, as the periods are (see period.ts). */
export const localDay = (iso: string) => calendarDateOf(new Date(iso))

export function buildReport(id: ReportId, data: ReportData, context: ReportContext): Report {
  const { period, today, language } = context
  switch (id) {
    case 'activity':
      return buildActivityReport(data, period)
    case 'followUps':
      return buildFollowUpsReport(data, period, today)
    case 'pipeline':
      return buildPipelineReport(data, period, language)
    case 'introductions':
      return buildIntroductionsReport(data, period)
    case 'companies':
      return buildOrganizationsReport(data, period, language)
    case 'impact':
      return buildImpactReport(data, period, language, { dayOf: localDay })
  }
}
