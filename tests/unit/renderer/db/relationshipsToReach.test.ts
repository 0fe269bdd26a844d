import { beforeEach, describe, expect, it } from 'vitest'
import { createFollowUp, markFollowUpsDone } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import { listRelationshipsToReach } from '@renderer/db/repositories/relationships'
import { db } from '@renderer/db/schema'
import { opportunitySchema } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

const at = '2026-01-01T12:00:00.000Z'

async function addOpenFile(organizationId: string) {
  await db().opportunities.add(
    opportunitySchema.parse({
      id: crypto.randomUUID(),
      organizationId,
      title: 'Prêt de démarrage',
      stageId: 'application',
      probability: 20,
      openedOn: '2026-01-01',
      stageEnteredAt: at,
      createdAt: at,
      updatedAt: at,
      deletedAt: null
    })
  )
}

describe("Today's side cards, read together", () => {
  it('lists the flagged companies with their own open follow-ups, and the relationships to revive', async () => {
    const now = new Date('2026-03-03T15:00:00Z')
    const red = await createOrganization(makeOrganization({ name: 'Rouge' }))
    const yellow = await createOrganization(makeOrganization({ name: 'Jaune', tier: 'key-account' }))
    const gone = await createOrganization(makeOrganization({ name: 'Supprimée' }))
    const withFile = await createOrganization(makeOrganization({ name: 'Avec dossier' }))
    const recent = await createOrganization(makeOrganization({ name: 'Vue récemment', tier: 'key-account' }))
    await createOrganization(makeOrganization({ name: 'Sans rang ni dossier' }))
    await setRiskFlag(red.id, { level: 'red', reason: 'Retards', since: '2026-02-01' })
    await setRiskFlag(yellow.id, { level: 'yellow', reason: 'Départ du CTO', since: '2026-01-01' })
    await setRiskFlag(gone.id, { level: 'red', reason: 'Fermée', since: '2026-01-15' })
    await deleteOrganization(gone.id)
    await createFollowUp({ title: 'Plus tard', dueDate: '2026-03-20', organizationId: red.id })
    await createFollowUp({ title: 'Bientôt', dueDate: '2026-03-05', organizationId: red.id })
    const done = await createFollowUp({ title: 'Déjà fait', dueDate: '2026-03-01', organizationId: red.id })
    await markFollowUpsDone([done.id])
    await createFollowUp({ title: 'Autre entreprise', dueDate: '2026-03-04', organizationId: withFile.id })
    await addOpenFile(withFile.id)
    await createInteraction({ occurredAt: '2025-12-01T15:00:00.000Z', organizationIds: [withFile.id] })
    await createInteraction({ occurredAt: '2026-02-20T15:00:00.000Z', organizationIds: [recent.id] })

    const { flagged, stale } = await listRelationshipsToReach(now)

    expect(flagged.map((f) => f.organization.name)).toEqual(['Rouge', 'Jaune'])
    expect(flagged[0]!.openFollowUps.map((f) => f.title)).toEqual(['Bientôt', 'Plus tard'])
    expect(flagged[1]!.openFollowUps).toEqual([])
    // Jaune: key account never contacted (cadence 30); Avec dossier: idle 92 days with an open file
    expect(stale.map((s) => [s.organization.name, s.idleDays, s.openFiles, s.pastCadenceDays])).toEqual([
      ['Jaune', null, 0, 30],
      ['Avec dossier', 92, 1, null]
    ])
  })

  it('stops when the person has left Today', async () => {
    await createOrganization(makeOrganization({ name: 'Rouge' }))
    const leave = new AbortController()
    leave.abort()
    await expect(listRelationshipsToReach(new Date(), leave.signal)).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})
