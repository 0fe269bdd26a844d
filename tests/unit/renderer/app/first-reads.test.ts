// @vitest-environment happy-dom
// A screen's first reads start at the navigation to it (the router's subscription), once per visit,
// and no other navigation starts them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { router } from '@renderer/app/routes'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { boardQuery } from '@renderer/features/pipeline/usePipeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(() => freshDatabase())
afterEach(() => vi.restoreAllMocks())

/** Range reads of the interactions of a company, as IndexedDB receives them. */
function timelineReads() {
  const getAll = vi.spyOn(IDBIndex.prototype, 'getAll')
  return () =>
    (getAll.mock.contexts as IDBIndex[]).filter(
      (i) => i.objectStore.name === 'interactions' && i.name === 'organizationIds'
    ).length
}

describe('navigation and first reads', () => {
  it('starts the pipeline’s reads once per visit, and only there', async () => {
    const start = vi.spyOn(boardQuery, 'start').mockImplementation(() => undefined)
    await router.navigate('/companies')
    expect(start).not.toHaveBeenCalled()
    await router.navigate('/pipeline')
    expect(start).toHaveBeenCalledTimes(1)
    await router.navigate('/pipeline?layout=table')
    expect(start).toHaveBeenCalledTimes(1)
    await router.navigate('/today')
    await router.navigate('/pipeline')
    expect(start).toHaveBeenCalledTimes(2)
  })

  it('starts a company page’s timeline read as the navigation to that company starts', async () => {
    const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
    await router.navigate('/today')
    const reads = timelineReads()
    await router.navigate('/contacts')
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(reads()).toBe(0)
    await router.navigate(`/companies/${company.id}`)
    await vi.waitFor(() => expect(reads()).toBe(1))
  })
})
