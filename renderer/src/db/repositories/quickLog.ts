// The quick log's one save: companies and contacts created inline, the interaction and its
// follow-up, all validated first and then written in one transaction (all or nothing). A meeting
// logged with a person alone is linked to their company, and so is its follow-up.
import type {
  Contact,
  FollowUp,
  Interaction,
  InteractionInput,
  Organization,
  OrganizationInput
} from '@shared/schemas'
import { withEmployers } from '@shared/domain/employers'
import { db } from '../schema'
import { rememberLogged } from './captures'
import { buildContact } from './contacts'
import { buildFollowUp, markFollowUpsDone } from './followUps'
import {
  assertPartiesExist,
  buildInteraction,
  employersOf,
  interactionTables,
  noteInteraction
} from './interactions'
import { buildOrganization } from './organizations'
import { nowIso } from './records'

export interface NewContactInput {
  firstName: string
  lastName: string
}

export interface QuickLogRequest {
  /** The interaction's id, when the screen already shows it (optimistic quick log). */
  id?: string
  interaction: Omit<InteractionInput, 'organizationIds' | 'contactIds'>
  organizationIds: string[]
  contactIds: string[]
  /** Created in the same save; new contacts join the first organization of the log. */
  newOrganizations: Pick<OrganizationInput, 'name'>[]
  newContacts: NewContactInput[]
  followUp: { title: string; dueDate: string } | null
  /** Open follow-ups this meeting settles: marked done with the log, in the same transaction. */
  doneFollowUpIds?: string[]
  /** The captured calendar meeting this log records: remembered as logged, in the same transaction. */
  captureKey?: string
}

export interface QuickLogResult {
  interaction: Interaction
  followUp: FollowUp | null
  organizations: Organization[]
  contacts: Contact[]
}

function buildAll(request: QuickLogRequest, employers: ReadonlyMap<string, string>): QuickLogResult {
  const at = nowIso()
  const organizations = request.newOrganizations.map((o) => buildOrganization(o, at))
  const chosen = [...request.organizationIds, ...organizations.map((o) => o.id)]
  const employer = chosen[0] ?? null
  const contacts = request.newContacts.map((c) => buildContact({ ...c, organizationId: employer }, at))
  const contactIds = [...request.contactIds, ...contacts.map((c) => c.id)]
  // Chosen companies first, so the follow-up goes to one of them, else to the first person's employer
  const organizationIds = withEmployers(chosen, request.contactIds, employers)
  const built = buildInteraction({ ...request.interaction, organizationIds, contactIds }, at)
  const interaction = request.id ? { ...built, id: request.id } : built
  const followUp = request.followUp
    ? buildFollowUp(
        {
          ...request.followUp,
          // the meeting's note goes with its follow-up: Today shows its first line under the title
          notes: request.interaction.notes,
          organizationId: organizationIds[0] ?? null,
          contactId: contactIds[0] ?? null,
          opportunityId: interaction.opportunityId,
          eventId: interaction.eventId,
          interactionId: interaction.id
        },
        at
      )
    : null
  return { interaction, followUp, organizations, contacts }
}

export async function saveQuickLog(request: QuickLogRequest): Promise<QuickLogResult> {
  return db().transaction('rw', [...interactionTables(), db().followUps, db().captures], async () => {
    const built = buildAll(request, await employersOf(request.contactIds))
    const { interaction, followUp, organizations, contacts } = built
    await assertPartiesExist(request.organizationIds, request.contactIds)
    await db().organizations.bulkAdd(organizations)
    await db().contacts.bulkAdd(contacts)
    await db().interactions.add(interaction)
    if (followUp) await db().followUps.add(followUp)
    await markFollowUpsDone(request.doneFollowUpIds ?? [], interaction.createdAt)
    await noteInteraction(interaction)
    if (request.captureKey) await rememberLogged(request.captureKey, interaction.id, interaction.createdAt)
    return built
  })
}
