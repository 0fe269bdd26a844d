// What the reports read: only the tables the chosen report needs, and interactions only around the
// period (through the occurredAt index); the builders in shared/reports filter exactly.
import { addCalendarDays } from '@shared/domain/dates'
import { REPORT_NEEDS, type ReportData } from '@shared/reports/builders'
import type { Period, ReportId } from '@shared/reports/types'
import { db } from '../schema'
import { getSetting } from './settings'

/** From a day before to a day after the period: stored instants may carry any offset. */
function aroundPeriod(period: Period): [string, string] {
  return [`${addCalendarDays(period.from, -1)}T00:00:00`, `${addCalendarDays(period.to, 2)}T00:00:00`]
}

function interactionsAround(period: Period) {
  const [from, to] = aroundPeriod(period)
  return db().interactions.where('occurredAt').between(from, to, true, false).toArray()
}

function stageChangesAround(period: Period) {
  const [from, to] = aroundPeriod(period)
  return db().stageChanges.where('at').between(from, to, true, false).toArray()
}

export async function loadReportData(id: ReportId, period: Period): Promise<ReportData> {
  const needs = new Set(REPORT_NEEDS[id])
  const d = db()
  const read = <T>(table: keyof ReportData, load: () => Promise<T[]>) =>
    needs.has(table) ? load() : Promise.resolve<T[]>([])
  const [
    organizations,
    contacts,
    opportunities,
    interactions,
    followUps,
    introductions,
    stages,
    stageChanges
  ] = await Promise.all([
    read('organizations', () => d.organizations.toArray()),
    read('contacts', () => d.contacts.toArray()),
    read('opportunities', () => d.opportunities.toArray()),
    read('interactions', () => interactionsAround(period)),
    read('followUps', () => d.followUps.toArray()),
    read('introductions', () => d.introductions.toArray()),
    needs.has('stages') ? getSetting('pipelineStages') : Promise.resolve([]),
    read('stageChanges', () => stageChangesAround(period))
  ])
  return {
    organizations,
    contacts,
    opportunities,
    interactions,
    followUps,
    introductions,
    stages,
    stageChanges
  }
}

/** Open follow-ups with the names they mention, for the calendar export. */
export async function loadOpenFollowUps() {
  const d = db()
  const [followUps, organizations, contacts] = await Promise.all([
    d.followUps.where('[status+dueDate]').between(['open', ''], ['open', '\uffff']).toArray(),
    d.organizations.toArray(),
    d.contacts.toArray()
  ])
  return { followUps, organizations, contacts }
}
