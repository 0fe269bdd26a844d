// Introductions report: the introductions made (or proposed) in the period, who with whom, what came
// of them, then counts by status and by outcome.
import type { Contact } from '../../schemas/contact'
import { INTRODUCTION_OUTCOMES, INTRODUCTION_STATUSES, type Introduction } from '../../schemas/introduction'
import type { Organization } from '../../schemas/organization'
import { buildDirectory, column, isLive } from '../columns'
import { dateInPeriod, instantInPeriod } from '../period'
import type { Period, Report, ReportRow, ReportTable } from '../types'

export interface IntroductionsInput {
  introductions: Introduction[]
  organizations: Organization[]
  contacts: Contact[]
}

const STATUS_ENUM = 'reports.values.introductionStatus'
const OUTCOME_ENUM = 'reports.values.introductionOutcome'

/** Made in the period; a proposal not made yet counts from when it was recorded. */
function inPeriod(period: Period): (i: Introduction) => boolean {
  const date = dateInPeriod(period)
  const instant = instantInPeriod(period)
  return (i) => (i.madeAt ? date(i.madeAt) : instant(i.createdAt))
}

function countBy(
  id: string,
  key: 'status' | 'outcome',
  values: readonly string[],
  enumKey: string,
  list: Introduction[]
): ReportTable {
  return {
    id,
    columns: [column(key, 'text', 24, enumKey), column('count', 'number', 14)],
    rows: values.map((value) => ({ [key]: value, count: list.filter((i) => i[key] === value).length }))
  }
}

export function buildIntroductionsReport(input: IntroductionsInput, period: Period): Report {
  const names = buildDirectory(input.organizations, input.contacts)
  const selected = input.introductions
    .filter((i) => isLive(i) && inPeriod(period)(i))
    .sort((a, b) => (a.madeAt ?? a.createdAt).localeCompare(b.madeAt ?? b.createdAt))
  const rows = selected.map((i): ReportRow => ({
    madeAt: i.madeAt,
    personA: names.person(i.personAId),
    companyA: names.personOrganization(i.personAId),
    personB: names.person(i.personBId),
    companyB: names.personOrganization(i.personBId),
    status: i.status,
    outcome: i.outcome,
    consent: i.consentA && i.consentB ? 'yes' : 'no',
    checkInDate: i.checkInDate,
    reason: i.reason
  }))
  return {
    id: 'introductions',
    tables: [
      {
        id: 'introductions.list',
        columns: [
          column('madeAt', 'date', 14),
          column('personA', 'text', 26),
          column('companyA', 'text', 30),
          column('personB', 'text', 26),
          column('companyB', 'text', 30),
          column('status', 'text', 16, STATUS_ENUM),
          column('outcome', 'text', 20, OUTCOME_ENUM),
          column('consent', 'text', 14, 'reports.values.yesNo'),
          column('checkInDate', 'date', 14),
          column('reason', 'text', 50)
        ],
        rows
      },
      countBy('introductions.byStatus', 'status', INTRODUCTION_STATUSES, STATUS_ENUM, selected),
      countBy('introductions.byOutcome', 'outcome', INTRODUCTION_OUTCOMES, OUTCOME_ENUM, selected)
    ]
  }
}
