// Follow-ups report: what was due or done in the period, plus every open follow-up already overdue
// (it is still owed, whatever the period), then counts by state.
import type { CalendarDate } from '../../domain/dates'
import type { Contact } from '../../schemas/contact'
import type { FollowUp } from '../../schemas/follow-up'
import type { Opportunity } from '../../schemas/opportunity'
import type { Organization } from '../../schemas/organization'
import { buildDirectory, column, isLive } from '../columns'
import { dateInPeriod, instantInPeriod } from '../period'
import type { Period, Report, ReportRow } from '../types'

export interface FollowUpsInput {
  followUps: FollowUp[]
  organizations: Organization[]
  contacts: Contact[]
  opportunities: Opportunity[]
}

export const FOLLOW_UP_STATES = ['overdue', 'open', 'done', 'cancelled'] as const
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number]

export function followUpState(followUp: FollowUp, today: CalendarDate): FollowUpState {
  if (followUp.status === 'open') return followUp.dueDate < today ? 'overdue' : 'open'
  return followUp.status
}

function belongs(followUp: FollowUp, period: Period, today: CalendarDate): boolean {
  const due = dateInPeriod(period)(followUp.dueDate)
  switch (followUpState(followUp, today)) {
    case 'overdue':
      return true
    case 'done':
      return followUp.doneAt ? instantInPeriod(period)(followUp.doneAt) : due
    default:
      return due
  }
}

const STATE_ENUM = 'reports.values.followUpState'

export function buildFollowUpsReport(input: FollowUpsInput, period: Period, today: CalendarDate): Report {
  const names = buildDirectory(input.organizations, input.contacts)
  const files = new Map(input.opportunities.map((o) => [o.id, o.title]))
  const selected = input.followUps
    .filter((f) => isLive(f) && belongs(f, period, today))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
  const counts = new Map<FollowUpState, number>(FOLLOW_UP_STATES.map((s) => [s, 0]))
  const rows = selected.map((f): ReportRow => {
    const state = followUpState(f, today)
    counts.set(state, (counts.get(state) ?? 0) + 1)
    return {
      dueDate: f.dueDate,
      title: f.title,
      state,
      priority: f.priority,
      company: names.organization(f.organizationId),
      contact: names.person(f.contactId),
      file: f.opportunityId ? (files.get(f.opportunityId) ?? '') : '',
      doneAt: f.doneAt
    }
  })
  return {
    id: 'followUps',
    tables: [
      {
        id: 'followUps.list',
        columns: [
          column('dueDate', 'date', 14),
          column('title', 'text', 44),
          column('state', 'text', 14, STATE_ENUM),
          column('priority', 'text', 12, 'reports.values.priority'),
          column('company', 'text', 34),
          column('contact', 'text', 28),
          column('file', 'text', 30),
          column('doneAt', 'datetime', 18)
        ],
        rows
      },
      {
        id: 'followUps.byState',
        columns: [column('state', 'text', 18, STATE_ENUM), column('count', 'number', 14)],
        rows: FOLLOW_UP_STATES.map((state) => ({ state, count: counts.get(state) ?? 0 }))
      }
    ]
  }
}
