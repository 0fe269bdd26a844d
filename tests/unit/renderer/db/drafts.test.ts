import { beforeEach, expect, it } from 'vitest'
import { deleteDraft, getDraft, saveDraft } from '@renderer/db/repositories/drafts'
import { freshDatabase } from '../../../fixtures/database'

beforeEach(async () => {
  await freshDatabase()
})

it('keeps a draft until it is deleted', async () => {
  expect(await getDraft('event-mode:1')).toBeUndefined()
  await saveDraft('event-mode:1', { lines: [{ note: 'Zoé 🎉' }] })
  expect(await getDraft('event-mode:1')).toEqual({ lines: [{ note: 'Zoé 🎉' }] })
  await deleteDraft('event-mode:1')
  expect(await getDraft('event-mode:1')).toBeUndefined()
})
