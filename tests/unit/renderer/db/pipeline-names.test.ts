// The board names each file's company and partners: its live reads must follow every write that
// changes a name it shows. The screen reads the files and the companies as two live queries, so a
// stage move does not read the 5,000 companies again.
import { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createOpportunity, moveToStage } from '@renderer/db/repositories/opportunities'
import {
  createOrganization,
  deleteOrganization,
  restoreOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { pipelineData, type PipelineData } from '@renderer/db/repositories/pipeline'
import { pipelineQuery } from '@renderer/features/pipeline/usePipeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

let companyId = ''
let partnerId = ''
let fileId = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  partnerId = (await createOrganization(makeOrganization({ name: 'Fonds régional', kind: 'funder' }))).id
  await createOrganization(makeOrganization({ name: 'Sans dossier inc.' }))
  fileId = (
    await createOpportunity({
      organizationId: companyId,
      funderIds: [partnerId],
      title: 'Prêt',
      requestedCents: 100
    })
  ).id
})
afterEach(() => vi.restoreAllMocks())

const shown = (data: PipelineData) =>
  JSON.stringify({
    stages: data.files.map((f) => f.stageId),
    names: Object.fromEntries([...data.organizations].map(([id, { name }]) => [id, name]))
  })

/** Live pipeline data: `next` waits until its latest result shows exactly these stages and names. */
function watch(subscribe: (observer: (data: PipelineData) => void) => { unsubscribe(): void }) {
  let latest = ''
  const waiting: (() => void)[] = []
  const subscription = subscribe((data) => {
    latest = shown(data)
    waiting.splice(0).forEach((wake) => wake())
  })
  return {
    async next(stages: string[], names: Record<string, string>) {
      const expected = JSON.stringify({ stages, names })
      while (latest !== expected) await new Promise<void>((wake) => waiting.push(wake))
    },
    stop: () => subscription.unsubscribe()
  }
}

describe('pipeline names', () => {
  it('a live read shows a rename, loses a company put in the Trash and finds it back on restore', async () => {
    const live = watch((observer) => liveQuery(pipelineData).subscribe(observer))
    await live.next(['lead'], { [companyId]: 'Alumitek', [partnerId]: 'Fonds régional' })
    await updateOrganization(companyId, { name: 'Alumitek Québec' })
    await live.next(['lead'], { [companyId]: 'Alumitek Québec', [partnerId]: 'Fonds régional' })
    await deleteOrganization(partnerId)
    await live.next(['lead'], { [companyId]: 'Alumitek Québec' })
    await restoreOrganization(partnerId)
    await live.next(['lead'], { [companyId]: 'Alumitek Québec', [partnerId]: 'Fonds régional' })
    live.stop()
  }, 10_000)

  it('the screen’s query reads the files again after a move, the companies only after their own writes', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    const companyReads = () =>
      (getAll.mock.contexts as IDBObjectStore[]).filter((store) => store.name === 'organizations').length
    const live = watch((observer) =>
      pipelineQuery.subscribe((outcome) => outcome.ok && observer(outcome.value))
    )
    await live.next(['lead'], { [companyId]: 'Alumitek', [partnerId]: 'Fonds régional' })
    expect(companyReads()).toBe(1)
    await moveToStage(fileId, 'first-meeting')
    await live.next(['first-meeting'], { [companyId]: 'Alumitek', [partnerId]: 'Fonds régional' })
    expect(companyReads()).toBe(1)
    await updateOrganization(partnerId, { name: 'Fonds du Nord' })
    await live.next(['first-meeting'], { [companyId]: 'Alumitek', [partnerId]: 'Fonds du Nord' })
    await deleteOrganization(companyId)
    await live.next(['first-meeting'], { [partnerId]: 'Fonds du Nord' })
    live.stop()
  }, 10_000)
})
