// Loading a workspace (the demo, the benchmark's data) adds every record in one transaction: new
// records start at revision 0, and a record whose id is already stored refuses the whole load.
import { describe, expect, it } from 'vitest'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import type { Workspace } from '@shared/db/tables'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { contact, interaction, organization } from '../../../fixtures/records'

function workspace(organizations: Workspace['organizations']): Workspace {
  return {
    organizations,
    contacts: [contact({ id: 'eloise', firstName: 'Éloïse', organizationId: 'org-a' })],
    opportunities: [],
    stageChanges: [],
    interactions: [
      interaction({ id: 'call', occurredAt: '2026-11-01T12:00:00.000Z', organizationIds: ['org-a'] })
    ],
    followUps: [],
    events: [],
    introductions: []
  }
}

describe('loading a workspace', () => {
  it('stores every record, each at revision 0', async () => {
    const database = await freshDatabase()
    await loadWorkspace(workspace([organization({ id: 'org-a', name: 'Nordik' })]))
    expect(await database.organizations.get('org-a')).toMatchObject({ name: 'Nordik', revision: 0 })
    expect(await database.contacts.get('eloise')).toMatchObject({ firstName: 'Éloïse', revision: 0 })
    expect(await database.interactions.get('call')).toMatchObject({ revision: 0 })
  })

  it('refuses a record whose id is already stored, keeps that record, and stores nothing of the load', async () => {
    const database = await freshDatabase()
    const stored = await createOrganization(makeOrganization({ name: 'Boréal' }))
    const load = workspace([
      organization({ id: 'org-a', name: 'Nordik' }),
      organization({ id: stored.id, name: 'Autre nom' })
    ])
    await expect(loadWorkspace(load)).rejects.toThrow()
    expect(await database.organizations.get(stored.id)).toMatchObject({ name: 'Boréal', revision: 0 })
    expect(await database.organizations.count()).toBe(1)
    expect(await database.contacts.count()).toBe(0)
    expect(await database.interactions.count()).toBe(0)
  })

  it('refuses a load whose last table holds an invalid record (the 2,001st), and stores nothing of it', async () => {
    const database = await freshDatabase()
    const calls = Array.from({ length: 2001 }, (_, n) =>
      interaction({ id: `call-${n}`, occurredAt: '2026-11-01T12:00:00.000Z', organizationIds: ['org-a'] })
    )
    calls[2000] = { ...calls[2000], occurredAt: 'hier' }
    const load = { ...workspace([organization({ id: 'org-a', name: 'Nordik' })]), interactions: calls }
    await expect(loadWorkspace(load)).rejects.toBeInstanceOf(ValidationError)
    expect(await database.organizations.count()).toBe(0)
    expect(await database.contacts.count()).toBe(0)
    expect(await database.interactions.count()).toBe(0)
  })
})
