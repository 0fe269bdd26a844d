import { describe, expect, it } from 'vitest'
import type { TimelineData } from '@renderer/db/repositories/timeline'
import { withPendingLogs } from '@renderer/features/timeline/withPendingLogs'
import type { Interaction } from '@shared/schemas'

const log = (id: string, organizationIds: string[], contactIds: string[] = []) =>
  ({ id, organizationIds, contactIds, title: id }) as unknown as Interaction

const read = (interactions: Interaction[]) =>
  ({
    interactions,
    followUps: [],
    opportunities: [],
    stageChanges: [],
    organizations: new Map(),
    contacts: new Map()
  }) as unknown as TimelineData

describe('a quick log on its way to the database', () => {
  it('shows first on the timeline of the company it names, not on another', () => {
    const stored = log('stored', ['nordik'])
    const shown = withPendingLogs(read([stored]), [log('new', ['nordik'])], 'organization', 'nordik')
    expect(shown?.interactions.map((i) => i.id)).toEqual(['new', 'stored'])
    const other = withPendingLogs(read([]), [log('new', ['nordik'])], 'organization', 'boreal')
    expect(other?.interactions).toEqual([])
  })

  it('shows on the timeline of the person it names', () => {
    const shown = withPendingLogs(read([]), [log('new', [], ['eloise'])], 'contact', 'eloise')
    expect(shown?.interactions.map((i) => i.id)).toEqual(['new'])
  })

  it('shows once when the read already has it (stored meanwhile)', () => {
    const shown = withPendingLogs(
      read([log('new', ['nordik'])]),
      [log('new', ['nordik'])],
      'organization',
      'nordik'
    )
    expect(shown?.interactions.map((i) => i.id)).toEqual(['new'])
  })

  it('waits for the read: nothing shows before the timeline has loaded', () => {
    expect(withPendingLogs(undefined, [log('new', ['nordik'])], 'organization', 'nordik')).toBeUndefined()
  })
})
