import { describe, expect, it } from 'vitest'
import { firstEntries, groupByMonth, timelineEntries } from '@shared/domain/timeline'
import {
  followUpSchema,
  interactionSchema,
  opportunitySchema,
  type FollowUp,
  type StageChange
} from '@shared/schemas'

const meta = { createdAt: '2026-01-01T12:00:00Z', updatedAt: '2026-01-01T12:00:00Z', deletedAt: null }

const meeting = (id: string, occurredAt: string) =>
  interactionSchema.parse({ id, occurredAt, organizationIds: ['org'], ...meta })

const followUp = (
  id: string,
  dueDate: string,
  status: FollowUp['status'] = 'open',
  doneAt: string | null = null
) => followUpSchema.parse({ id, title: id, dueDate, status, doneAt, organizationId: 'org', ...meta })

const file = opportunitySchema.parse({
  id: 'file',
  organizationId: 'org',
  title: 'Prêt à terme',
  stageId: 'first-meeting',
  probability: 20,
  openedOn: '2026-01-01',
  stageEnteredAt: '2026-02-10T15:00:00Z',
  ...meta
})
const move: StageChange = {
  id: 'move',
  opportunityId: 'file',
  fromStageId: 'lead',
  toStageId: 'first-meeting',
  at: '2026-02-10T15:00:00Z'
}

describe('timeline', () => {
  const sources = {
    interactions: [
      meeting('jan', '2026-01-15T14:00:00Z'),
      meeting('mar-late', '2026-04-01T02:30:00Z'), // 31 March, 22:30 in Toronto
      meeting('mar', '2026-03-03T14:00:00Z')
    ],
    followUps: [
      followUp('due-mar-3', '2026-03-03'),
      followUp('done-feb', '2026-02-20', 'done', '2026-02-18T20:00:00Z'),
      followUp('cancelled-apr', '2026-04-10', 'cancelled')
    ],
    opportunities: [file],
    stageChanges: [move, { ...move, id: 'orphan', opportunityId: 'gone' }]
  }

  it('puts every kind in one list, newest first, on local days', () => {
    const ids = timelineEntries(sources, 'America/Toronto').map((e) => e.id)
    expect(ids).toEqual(['cancelled-apr', 'mar-late', 'due-mar-3', 'mar', 'done-feb', 'move', 'jan'])
  })

  it('orders entries of the same minute by id, so a re-read never reshuffles them', () => {
    const same = {
      ...sources,
      interactions: [meeting('b-second', '2026-01-15T14:00:20Z'), meeting('a-first', '2026-01-15T14:00:40Z')]
    }
    const ids = timelineEntries(same, 'America/Toronto').map((e) => e.id)
    expect(ids.slice(-3)).toEqual(['move', 'a-first', 'b-second'])
  })

  it('groups by month with counts per kind', () => {
    const months = groupByMonth(timelineEntries(sources, 'America/Toronto'))
    expect(months.map((m) => m.month)).toEqual(['2026-04', '2026-03', '2026-02', '2026-01'])
    expect(months[1].counts).toEqual({ interaction: 2, 'follow-up': 1, 'stage-change': 0 })
    expect(months[2].counts).toEqual({ interaction: 0, 'follow-up': 1, 'stage-change': 1 })
  })

  it('files a late meeting under the month of the local time zone', () => {
    const paris = groupByMonth(timelineEntries(sources, 'Europe/Paris'))
    expect(paris[0].counts.interaction).toBe(1)
    expect(paris[0].month).toBe('2026-04')
  })

  it('shows the first entries while keeping whole-month counts', () => {
    const months = groupByMonth(timelineEntries(sources, 'America/Toronto'))
    const first = firstEntries(months, 3)
    expect(first.map((m) => m.entries.length)).toEqual([1, 2])
    expect(first[1].counts.interaction).toBe(2)
  })
})
