// The board reads the files' cards alone (boardCards): each carries its company's name and region.
// The navigation starts the companies' read only for the table, which names the partners too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import {
  createOrganization,
  deleteOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import type { BoardData } from '@renderer/db/repositories/pipeline'
import type { SharedQuery } from '@renderer/db/sharedQuery'
import { boardQuery, pipelineQuery, startPipelineReads } from '@renderer/features/pipeline/usePipeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

let companyId = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek', region: '02' }))).id
  const partnerId = (await createOrganization(makeOrganization({ name: 'Fonds régional', kind: 'funder' })))
    .id
  await createOpportunity({
    organizationId: companyId,
    funderIds: [partnerId],
    title: 'Prêt',
    requestedCents: 100
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function storeReads() {
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
  return (name: string) => (getAll.mock.contexts as IDBObjectStore[]).filter((s) => s.name === name).length
}

/** Waits until the query's latest value shows these names by id. */
function watch(query: SharedQuery<Pick<BoardData, 'organizations'>>) {
  let latest = ''
  const waiting: (() => void)[] = []
  const subscription = query.subscribe((outcome) => {
    if (!outcome.ok) return
    latest = JSON.stringify(Object.fromEntries(outcome.value.organizations))
    waiting.splice(0).forEach((wake) => wake())
  })
  return {
    async next(names: object) {
      while (latest !== JSON.stringify(names)) await new Promise<void>((wake) => waiting.push(wake))
    },
    stop: () => subscription.unsubscribe()
  }
}

describe('the board’s reads', () => {
  it('name each file’s company from its card, with no read of the files nor the companies, and follow a rename', async () => {
    const reads = storeReads()
    const board = watch(boardQuery)
    await board.next({ [companyId]: { name: 'Alumitek', region: '02' } })
    await updateOrganization(companyId, { name: 'Alumitek Québec' })
    await board.next({ [companyId]: { name: 'Alumitek Québec', region: '02' } })
    await deleteOrganization(companyId)
    await board.next({})
    expect(reads('boardCards')).toBeGreaterThan(0)
    expect(reads('opportunities')).toBe(0)
    expect(reads('organizations')).toBe(0)
    board.stop()
  }, 10_000)

  it('the navigation reads the companies only for the table', async () => {
    const reads = storeReads()
    startPipelineReads()
    const board = watch(boardQuery)
    await board.next({ [companyId]: { name: 'Alumitek', region: '02' } })
    expect(reads('organizations')).toBe(0)
    board.stop()
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => (key === 'relais.pipeline.view' ? '"table"' : null)
    })
    startPipelineReads()
    await vi.waitFor(() => expect(reads('organizations')).toBe(1))
    // the table's subscription takes the reads started: they end with it
    watch(pipelineQuery).stop()
  }, 10_000)
})
