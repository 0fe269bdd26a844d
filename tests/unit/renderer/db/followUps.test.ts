import { beforeEach, describe, expect, it } from 'vitest'
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  deleteFollowUp,
  getFollowUp,
  listFollowUpsOf,
  listOpenFollowUps,
  rescheduleFollowUp,
  revertFollowUp,
  updateFollowUp
} from '@renderer/db/repositories/followUps'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { restoreTrashItem } from '@renderer/db/repositories/trash'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

describe('follow-ups repository', () => {
  it('lists open follow-ups by due date through the status index, up to a date', async () => {
    const company = await createOrganization(makeOrganization())
    for (const dueDate of ['2026-03-10', '2026-03-01', '2026-03-03'])
      await createFollowUp({ title: `Relancer ${dueDate}`, dueDate, organizationId: company.id })
    const done = await createFollowUp({ title: 'Fait', dueDate: '2026-03-02' })
    await completeFollowUp(done.id)
    expect((await listOpenFollowUps()).map((f) => f.dueDate)).toEqual([
      '2026-03-01',
      '2026-03-03',
      '2026-03-10'
    ])
    expect((await listOpenFollowUps('2026-03-03')).map((f) => f.dueDate)).toEqual([
      '2026-03-01',
      '2026-03-03'
    ])
    expect(await listFollowUpsOf('organizationId', company.id)).toHaveLength(3)
  })

  it('refuses a due date that is not a calendar date, or a missing title', async () => {
    await expect(createFollowUp({ title: 'x', dueDate: '2026-03-03T00:00:00Z' })).rejects.toMatchObject({
      issues: [{ path: 'dueDate', key: 'validation.date' }]
    })
    await expect(createFollowUp({ title: '  ', dueDate: '2026-03-03' })).rejects.toBeInstanceOf(
      ValidationError
    )
    expect(await listOpenFollowUps()).toEqual([])
  })

  it('done, snooze and cancel can each be undone', async () => {
    const created = await createFollowUp({ title: 'Envoyer l’offre', dueDate: '2026-03-03' })
    const beforeDone = await completeFollowUp(created.id)
    expect(await getFollowUp(created.id)).toMatchObject({ status: 'done', doneAt: expect.any(String) })
    await revertFollowUp(beforeDone)
    expect(await getFollowUp(created.id)).toMatchObject({ status: 'open', doneAt: null })

    const beforeSnooze = await rescheduleFollowUp(created.id, '2026-03-09')
    expect((await getFollowUp(created.id))?.dueDate).toBe('2026-03-09')
    await revertFollowUp(beforeSnooze)
    expect((await getFollowUp(created.id))?.dueDate).toBe('2026-03-03')

    await cancelFollowUp(created.id)
    expect((await listOpenFollowUps()).length).toBe(0)
    expect(await getFollowUp(created.id)).toMatchObject({ status: 'cancelled' })
  })

  it('reassigning a done follow-up to a date opens it again', async () => {
    const created = await createFollowUp({ title: 'Appeler', dueDate: '2026-03-03' })
    await completeFollowUp(created.id)
    await rescheduleFollowUp(created.id, '2026-03-20')
    expect(await getFollowUp(created.id)).toMatchObject({
      status: 'open',
      doneAt: null,
      dueDate: '2026-03-20'
    })
  })

  it('edits keep the record valid; delete goes to the Trash and comes back', async () => {
    const created = await createFollowUp({ title: 'Appeler', dueDate: '2026-03-03' })
    await updateFollowUp(created.id, { title: 'Appeler Éloïse', priority: 'high' })
    await expect(updateFollowUp(created.id, { dueDate: '3 mars' })).rejects.toBeInstanceOf(ValidationError)
    expect(await getFollowUp(created.id)).toMatchObject({
      title: 'Appeler Éloïse',
      priority: 'high',
      dueDate: '2026-03-03'
    })
    await deleteFollowUp(created.id)
    expect(await listOpenFollowUps()).toEqual([])
    await restoreTrashItem('followUp', created.id)
    expect(await listOpenFollowUps()).toHaveLength(1)
  })
})
