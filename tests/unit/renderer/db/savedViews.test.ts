import { beforeEach, describe, expect, it } from 'vitest'
import {
  createSavedView,
  deleteSavedView,
  listSavedViews,
  restoreSavedView,
  updateSavedView
} from '@renderer/db/repositories/savedViews'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'

beforeEach(async () => {
  await freshDatabase()
})

const state = { query: '', regions: ['02'], sort: { key: 'name', direction: 'asc' } }

describe('saved views', () => {
  it('keeps each list’s views apart, by name', async () => {
    await createSavedView({ scope: 'companies', name: 'Saguenay', state })
    await createSavedView({ scope: 'companies', name: 'Clients clés', state, pinned: true })
    await createSavedView({ scope: 'contacts', name: 'Anglophones', state: { languages: ['en'] } })
    expect((await listSavedViews('companies')).map((view) => view.name)).toEqual(['Clients clés', 'Saguenay'])
    expect((await listSavedViews()).filter((view) => view.pinned).map((view) => view.name)).toEqual([
      'Clients clés'
    ])
  })

  it('refuses a blank name and writes nothing', async () => {
    await expect(createSavedView({ scope: 'companies', name: '   ', state })).rejects.toBeInstanceOf(
      ValidationError
    )
    expect(await listSavedViews()).toEqual([])
  })

  it('renames, pins and replaces the filters; a deletion can be undone', async () => {
    const view = await createSavedView({ scope: 'companies', name: 'Saguenay', state })
    await updateSavedView(view.id, { name: 'Saguenay–Lac-Saint-Jean', pinned: true })
    await updateSavedView(view.id, { state: { ...state, regions: ['02', '08'] } })
    const [updated] = await listSavedViews('companies')
    expect(updated).toMatchObject({
      name: 'Saguenay–Lac-Saint-Jean',
      pinned: true,
      state: { regions: ['02', '08'] }
    })

    const deleted = await deleteSavedView(view.id)
    expect(await listSavedViews()).toEqual([])
    await restoreSavedView(deleted)
    expect(await listSavedViews()).toEqual([updated])
  })
})
