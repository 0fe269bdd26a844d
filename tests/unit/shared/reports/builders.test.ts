import { describe, expect, it } from 'vitest'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import {
  buildActivityReport,
  buildOrganizationsReport,
  buildFollowUpsReport,
  buildIntroductionsReport,
  buildPipelineReport
} from '@shared/reports/builders'
import type { Period, ReportTable } from '@shared/reports/types'
import {
  contact,
  followUp,
  interaction,
  introduction,
  opportunity,
  organization
} from '../../../fixtures/records'

const NOVEMBER: Period = { from: '2026-11-01', to: '2026-11-30' }
const local = (day: number, hour = 10) => new Date(2026, 10, day, hour).toISOString()
const column = (table: ReportTable, key: string) => table.rows.map((r) => r[key])

const nordik = organization({ id: 'nordik', name: 'Nordik Technologies', region: '02', city: 'Saguenay' })
const fjord = organization({ id: 'fjord', name: 'Logiciels Fjordtech inc.', region: '02' })
const gone = organization({ id: 'gone', name: 'Disparue', deletedAt: '2026-11-02T00:00:00.000Z' })
const eloise = contact({ id: 'eloise', firstName: 'Éloïse', lastName: 'Tremblay', organizationId: 'nordik' })
const marc = contact({ id: 'marc', firstName: 'Marc', lastName: 'Gagnon', organizationId: 'fjord' })
const directory = { organizations: [nordik, fjord, gone], contacts: [eloise, marc] }

describe('activity report', () => {
  const interactions = [
    interaction({ occurredAt: local(3), kind: 'call', organizationIds: ['nordik'], contactIds: ['eloise'] }),
    interaction({
      occurredAt: local(2),
      kind: 'meeting',
      title: '5 à 7',
      organizationIds: ['nordik', 'fjord'],
      contactIds: ['eloise', 'marc'],
      durationMinutes: 90,
      opportunityId: 'loan'
    }),
    interaction({ occurredAt: local(20), kind: 'call', organizationIds: ['fjord'] }),
    interaction({ occurredAt: new Date(2026, 11, 1, 0, 0).toISOString(), organizationIds: ['fjord'] }),
    interaction({ occurredAt: local(5), organizationIds: ['fjord'], deletedAt: local(6) })
  ]
  const report = buildActivityReport(
    { ...directory, interactions, opportunities: [opportunity({ id: 'loan', title: 'Prêt à terme' })] },
    NOVEMBER
  )
  const [detail, byKind, byCompany, byContact] = report.tables

  it('lists the live interactions of the period in time order, with names', () => {
    expect(detail.rows).toEqual([
      {
        occurredAt: local(2),
        kind: 'meeting',
        title: '5 à 7',
        companies: 'Nordik Technologies; Logiciels Fjordtech inc.',
        contacts: 'Éloïse Tremblay; Marc Gagnon',
        file: 'Prêt à terme',
        durationMinutes: 90,
        notes: ''
      },
      expect.objectContaining({ occurredAt: local(3), kind: 'call', contacts: 'Éloïse Tremblay', file: '' }),
      expect.objectContaining({ occurredAt: local(20), companies: 'Logiciels Fjordtech inc.' })
    ])
    expect(detail.columns.map((c) => c.type)).toEqual([
      'datetime',
      'text',
      'text',
      'text',
      'text',
      'text',
      'number',
      'text'
    ])
  })

  it('counts by kind, by company and by contact, busiest first', () => {
    expect(byKind.rows).toEqual([
      { kind: 'call', count: 2, lastAt: local(20) },
      { kind: 'meeting', count: 1, lastAt: local(2) }
    ])
    expect(byCompany.rows).toEqual([
      { company: 'Nordik Technologies', count: 2, lastAt: local(3) },
      { company: 'Logiciels Fjordtech inc.', count: 2, lastAt: local(20) }
    ])
    expect(byContact.rows).toEqual([
      { contact: 'Éloïse Tremblay', company: 'Nordik Technologies', count: 2, lastAt: local(3) },
      { contact: 'Marc Gagnon', company: 'Logiciels Fjordtech inc.', count: 1, lastAt: local(2) }
    ])
  })
})

describe('follow-ups report', () => {
  const today = '2026-11-25'
  const report = buildFollowUpsReport(
    {
      ...directory,
      opportunities: [],
      followUps: [
        followUp({ title: 'En retard depuis octobre', dueDate: '2026-10-10', organizationId: 'nordik' }),
        followUp({ title: 'Cette semaine', dueDate: '2026-11-27', contactId: 'marc' }),
        followUp({ title: 'En décembre', dueDate: '2026-12-03' }),
        followUp({ title: 'Fait', dueDate: '2026-10-30', status: 'done', doneAt: local(4) }),
        followUp({
          title: 'Fait avant',
          dueDate: '2026-11-03',
          status: 'done',
          doneAt: '2026-10-20T12:00:00Z'
        }),
        followUp({ title: 'Annulé', dueDate: '2026-11-12', status: 'cancelled' }),
        followUp({ title: 'Supprimé', dueDate: '2026-11-12', deletedAt: local(1) })
      ]
    },
    NOVEMBER,
    today
  )

  it('keeps what was due or done in the period and every overdue one', () => {
    expect(report.tables[0].rows.map((r) => [r.title, r.state])).toEqual([
      ['En retard depuis octobre', 'overdue'],
      ['Fait', 'done'],
      ['Annulé', 'cancelled'],
      ['Cette semaine', 'open']
    ])
    expect(report.tables[0].rows[0]).toMatchObject({ company: 'Nordik Technologies', dueDate: '2026-10-10' })
    expect(report.tables[0].rows[3]).toMatchObject({ contact: 'Marc Gagnon' })
  })

  it('counts by state', () => {
    expect(report.tables[1].rows).toEqual([
      { state: 'overdue', count: 1 },
      { state: 'open', count: 1 },
      { state: 'done', count: 1 },
      { state: 'cancelled', count: 1 }
    ])
  })
})

describe('pipeline report', () => {
  const files = [
    opportunity({
      title: 'A',
      organizationId: 'nordik',
      stageId: 'lead',
      probability: 10,
      requestedCents: 100_000_00
    }),
    opportunity({
      title: 'B',
      organizationId: 'fjord',
      stageId: 'approved',
      probability: 90,
      requestedCents: 500_000_00,
      authorizedCents: 400_000_00
    }),
    opportunity({
      title: 'C',
      organizationId: 'fjord',
      stageId: 'lead',
      probability: 33,
      requestedCents: 1_00
    }),
    opportunity({
      title: 'D',
      organizationId: 'nordik',
      stageId: 'disbursed',
      probability: 100,
      authorizedCents: 250_000_00,
      disbursedCents: 200_000_00,
      outcome: 'won',
      closedAt: local(10)
    }),
    opportunity({
      title: 'E',
      stageId: 'lost',
      probability: 0,
      requestedCents: 75_000_00,
      outcome: 'lost',
      closedAt: local(12)
    }),
    opportunity({
      title: 'F',
      stageId: 'lost',
      outcome: 'lost',
      requestedCents: 1,
      closedAt: '2026-09-01T12:00:00Z'
    }),
    opportunity({ title: 'G', stageId: 'lead', requestedCents: 1, deletedAt: local(1) })
  ]
  const report = buildPipelineReport(
    { opportunities: files, organizations: directory.organizations, stages: DEFAULT_PIPELINE_STAGES },
    NOVEMBER,
    'fr'
  )
  const [detail, byStage, totals] = report.tables

  it('lists open files and those closed in the period, with the amount of their stage', () => {
    expect(detail.rows.map((r) => [r.title, r.stage, r.standing, r.amount, r.weighted])).toEqual([
      ['E', 'Perdu', 'lost', 75_000_00, null],
      ['B', 'Autorisé', 'open', 400_000_00, 360_000_00],
      ['C', 'Piste', 'open', 1_00, 33],
      ['A', 'Piste', 'open', 100_000_00, 10_000_00],
      ['D', 'Décaissé', 'won', 200_000_00, null]
    ])
    expect(detail.rows[1]).toMatchObject({ probability: 0.9, company: 'Logiciels Fjordtech inc.' })
  })

  it('totals each stage in the configured order and sums open, weighted, won and lost', () => {
    expect(byStage.rows.slice(0, 1)).toEqual([
      { stage: 'Piste', files: 2, amount: 100_001_00, weighted: 10_000_33 }
    ])
    expect(byStage.rows.find((r) => r.stage === 'Autorisé')).toEqual({
      stage: 'Autorisé',
      files: 1,
      amount: 400_000_00,
      weighted: 360_000_00
    })
    expect(totals.rows).toEqual([
      { measure: 'open', files: 3, amount: 500_001_00 },
      { measure: 'weighted', files: 3, amount: 370_000_33 },
      { measure: 'won', files: 1, amount: 200_000_00 },
      { measure: 'lost', files: 1, amount: 75_000_00 }
    ])
  })
})

describe('introductions report', () => {
  const report = buildIntroductionsReport(
    {
      ...directory,
      introductions: [
        introduction({
          personAId: 'eloise',
          personBId: 'marc',
          madeAt: '2026-11-05',
          status: 'outcome',
          outcome: 'partnership',
          consentA: true,
          consentB: true
        }),
        introduction({ personAId: 'marc', personBId: 'eloise', createdAt: local(7), updatedAt: local(7) }),
        introduction({ personAId: 'marc', personBId: 'eloise', madeAt: '2026-10-05', status: 'made' })
      ]
    },
    NOVEMBER
  )

  it('lists the introductions of the period with both people and their companies', () => {
    expect(report.tables[0].rows).toEqual([
      expect.objectContaining({
        madeAt: '2026-11-05',
        personA: 'Éloïse Tremblay',
        companyA: 'Nordik Technologies',
        personB: 'Marc Gagnon',
        companyB: 'Logiciels Fjordtech inc.',
        outcome: 'partnership',
        consent: 'yes'
      }),
      expect.objectContaining({ madeAt: null, status: 'proposed', consent: 'no' })
    ])
  })

  it('counts by status and by outcome', () => {
    expect(column(report.tables[1], 'count')).toEqual([1, 0, 0, 1])
    expect(report.tables[2].rows.find((r) => r.outcome === 'partnership')).toEqual({
      outcome: 'partnership',
      count: 1
    })
  })
})

describe('companies report', () => {
  const report = buildOrganizationsReport(
    {
      ...directory,
      organizations: [{ ...nordik, lastInteractionAt: local(3), industryLabel: 'Logiciels' }, fjord, gone],
      opportunities: [
        opportunity({ organizationId: 'nordik' }),
        opportunity({ organizationId: 'nordik', outcome: 'won' })
      ],
      interactions: [
        interaction({ occurredAt: local(3), organizationIds: ['nordik'] }),
        interaction({ occurredAt: '2026-01-03T12:00:00Z', organizationIds: ['nordik'] })
      ]
    },
    NOVEMBER,
    'en'
  )

  it('lists live organizations by name with region, sector, counts and last contact', () => {
    expect(report.tables[0].rows).toEqual([
      expect.objectContaining({ name: 'Logiciels Fjordtech inc.', contactsCount: 1, openFiles: 0 }),
      expect.objectContaining({
        name: 'Nordik Technologies',
        region: 'Saguenay–Lac-Saint-Jean',
        sector: 'Logiciels',
        contactsCount: 1,
        openFiles: 1,
        interactionsInPeriod: 1,
        lastContact: local(3)
      })
    ])
  })
})
