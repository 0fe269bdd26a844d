// Every write that touches several records is one transaction: with its 1st, a middle or its last
// write failing, each leaves the database exactly as it was (tests/fixtures/write-failure.ts).
import { describe, expect, it } from 'vitest'
import { restoreBackup } from '@renderer/features/backup/backupService'
import type { Platform } from '@renderer/platform'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { createContact } from '@renderer/db/repositories/contacts'
import { saveDraft } from '@renderer/db/repositories/drafts'
import { saveEncounters } from '@renderer/db/repositories/encounters'
import { createEvent } from '@renderer/db/repositories/events'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { applyImportPlan, loadImportIndex } from '@renderer/db/repositories/importRecords'
import {
  createInteraction,
  deleteInteraction,
  restoreInteraction,
  updateInteraction
} from '@renderer/db/repositories/interactions'
import {
  createIntroduction,
  deleteIntroduction,
  restoreIntroduction,
  updateIntroduction
} from '@renderer/db/repositories/introductions'
import { createOpportunity, moveToStage, undoStageMove } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { erasePerson, logAccessExport, contactFile } from '@renderer/db/repositories/privacy'
import { saveQuickLog } from '@renderer/db/repositories/quickLog'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { parseCsvCells } from '@shared/import/csv'
import { guessMapping } from '@shared/import/fields'
import { planImport } from '@shared/import/plan'
import { readRows } from '@shared/import/rows'
import { makeOrganization, makeContact } from '../../../fixtures/factories'
import { contact, followUp, interaction, opportunity, organization } from '../../../fixtures/records'
import { expectAllOrNothing } from '../../../fixtures/write-failure'

const texts = {
  logTitle: 'Mise en relation',
  loggedAt: '2026-03-05T23:00:00.000Z',
  checkInTitle: 'Nouvelles'
}

/** A company, two of its people, a meeting with both, a follow-up, a file and an introduction. */
async function people() {
  const company = await createOrganization(makeOrganization({ name: 'Nordik' }))
  const eloise = await createContact(makeContact({ organizationId: company.id }))
  const marc = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon', email: '' }))
  const meeting = await createInteraction({
    title: 'Dîner avec Éloïse Tremblay',
    occurredAt: '2026-11-01T12:00:00.000Z',
    organizationIds: [company.id],
    contactIds: [eloise.id, marc.id]
  })
  await createFollowUp({ title: 'Rappeler', dueDate: '2026-12-01', contactId: eloise.id })
  const file = await createOpportunity({
    organizationId: company.id,
    title: 'Prêt',
    requestedCents: 1_000_000,
    primaryContactId: eloise.id
  })
  const introduction = await createIntroduction(
    { personAId: eloise.id, personBId: marc.id, reason: 'Drones', status: 'made', madeAt: '2026-03-05' },
    texts
  )
  return { company, eloise, marc, meeting, file, introduction }
}

describe('all or nothing when a write fails', { timeout: 30_000 }, () => {
  it('erasure of a person', async () => {
    await expectAllOrNothing({
      scene: async () => {
        const scene = await people()
        await logAccessExport(await contactFile(scene.eloise.id), 'json')
        await saveDraft('event-mode:1', {
          lines: [{ key: '1', parties: [{ type: 'contact', id: scene.eloise.id }] }]
        })
        return scene
      },
      operation: ({ eloise }) => erasePerson(eloise.id)
    })
  })

  it('restore of a backup, and its undo', async () => {
    const backupThenMore = async () => {
      await people()
      const backup = await readAllTables()
      await createOrganization(makeOrganization({ name: 'Créée après la sauvegarde' }))
      return backup
    }
    await expectAllOrNothing({ scene: backupThenMore, operation: (backup) => replaceAllTables(backup) })
    const browser = { backups: undefined } as unknown as Platform
    await expectAllOrNothing({
      scene: async () => {
        const backup = await backupThenMore()
        return restoreBackup(browser, { tables: backup, schemaVersion: LATEST_VERSION } as never)
      },
      operation: (restored) => restored.undo()
    })
  })

  it('stage move, its undo, and a new file with its first stage change', async () => {
    await expectAllOrNothing({
      scene: people,
      operation: ({ file }) => moveToStage(file.id, 'first-meeting')
    })
    await expectAllOrNothing({
      scene: async () => {
        const { file } = await people()
        return (await moveToStage(file.id, 'first-meeting'))!
      },
      operation: (move) => undoStageMove(move)
    })
    await expectAllOrNothing({
      scene: people,
      operation: ({ company }) => createOpportunity({ organizationId: company.id, title: 'Subvention' })
    })
  })

  it('workspace load', async () => {
    const company = organization({ id: 'org', name: 'Nordik' })
    await expectAllOrNothing({
      scene: async () => undefined,
      operation: () =>
        loadWorkspace({
          organizations: [company],
          contacts: [contact({ firstName: 'Éloïse', organizationId: 'org' })],
          opportunities: [opportunity({})],
          stageChanges: [],
          interactions: [interaction({ occurredAt: '2026-11-01T12:00:00.000Z' })],
          followUps: [followUp({ dueDate: '2026-12-01' })],
          events: [],
          introductions: []
        })
    })
  })

  it('quick log save with a new company, a new person and a follow-up', async () => {
    await expectAllOrNothing({
      scene: people,
      operation: ({ eloise }) =>
        saveQuickLog({
          interaction: { kind: 'meeting', occurredAt: '2026-11-20T14:00:00.000Z', title: '', notes: '' },
          organizationIds: [],
          contactIds: [eloise.id],
          newOrganizations: [{ name: 'Drones Boréal' }],
          newContacts: [{ firstName: 'Zoé', lastName: 'Côté' }],
          followUp: { title: 'Relancer', dueDate: '2026-11-27' }
        })
    })
  })

  it('event-mode save of two lines', async () => {
    await expectAllOrNothing({
      scene: async () => ({
        ...(await people()),
        event: await createEvent({ name: '5 à 7', startsAt: '2026-03-05T22:00:00.000Z' })
      }),
      operation: ({ event, eloise }) =>
        saveEncounters(
          event.id,
          [
            { ...line(), contactIds: [eloise.id], followUpDueDate: '2026-03-09' },
            {
              ...line(),
              newContacts: [{ firstName: 'Zoé', lastName: 'Côté' }],
              newOrganizations: [{ name: 'Boréal' }]
            }
          ],
          { occurredAt: '2026-03-05T22:30:00.000Z', followUpTitle: (name) => `Relancer ${name}` }
        )
    })
  })

  it('introduction save, edit, delete and restore (the Undo of a delete)', async () => {
    await expectAllOrNothing({
      scene: people,
      operation: ({ eloise, marc }) =>
        createIntroduction(
          {
            personAId: marc.id,
            personBId: eloise.id,
            status: 'made',
            madeAt: '2026-03-05',
            checkInDate: '2026-03-26'
          },
          texts
        )
    })
    await expectAllOrNothing({
      scene: people,
      operation: ({ introduction }) =>
        updateIntroduction(introduction.id, { checkInDate: '2026-04-02' }, texts)
    })
    await expectAllOrNothing({
      scene: people,
      operation: ({ introduction }) => deleteIntroduction(introduction.id)
    })
    await expectAllOrNothing({
      scene: async () => {
        const scene = await people()
        await deleteIntroduction(scene.introduction.id)
        return scene
      },
      operation: ({ introduction }) => restoreIntroduction(introduction.id)
    })
  })

  it('interaction log, edit, delete and restore (the Undo of a delete)', async () => {
    await expectAllOrNothing({
      scene: people,
      operation: ({ company, marc }) =>
        createInteraction({
          title: 'Appel',
          occurredAt: '2026-11-22T15:00:00.000Z',
          organizationIds: [company.id],
          contactIds: [marc.id]
        })
    })
    await expectAllOrNothing({
      scene: people,
      operation: ({ meeting }) => updateInteraction(meeting.id, { occurredAt: '2026-11-15T12:00:00.000Z' })
    })
    await expectAllOrNothing({ scene: people, operation: ({ meeting }) => deleteInteraction(meeting.id) })
    await expectAllOrNothing({
      scene: async () => {
        const scene = await people()
        await deleteInteraction(scene.meeting.id)
        return scene
      },
      operation: ({ meeting }) => restoreInteraction(meeting.id)
    })
  })

  it('import creating and merging companies and people', async () => {
    await expectAllOrNothing({
      scene: async () => {
        await people()
        const csv = [
          'Entreprise;NEQ;Ville;Prénom;Nom;Courriel',
          'NORDIK;;Saguenay;Éloïse;Tremblay;eloise.tremblay@nordik.ca',
          'Boréal;1170000009;;Zoé;Côté;zoe@boreal.ca',
          'Fjordtech;;;Samuel;Roy;samuel@fjordtech.ca'
        ].join('\n')
        const { rows: cells } = parseCsvCells(csv)
        const { rows } = readRows(cells, guessMapping(cells[0]))
        return planImport(rows, await loadImportIndex(), new Map(), 'merge')
      },
      operation: (plan) => applyImportPlan(plan)
    })
  })
})

function line() {
  return {
    organizationIds: [],
    contactIds: [],
    newOrganizations: [],
    newContacts: [],
    note: '',
    followUpDueDate: null
  }
}

it('the helper itself: an operation written as two transactions is caught', async () => {
  await expect(
    expectAllOrNothing({
      scene: async () => undefined,
      operation: async () => {
        await createOrganization(makeOrganization({ name: 'Première' }))
        await createOrganization(makeOrganization({ name: 'Seconde' }))
      }
    })
  ).rejects.toThrow(/nothing changed when write 2 \(add on organizations\) failed/)
})
