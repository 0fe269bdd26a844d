// The quick log's one save: companies and contacts created inline, the interaction and its
// follow-up, all validated first and then written in one transaction (all or nothing).
import type {
  Contact,
  FollowUp,
  Interaction,
  InteractionInput,
  Organization,
  OrganizationInput
} from '@shared/schemas'
import { db } from '../schema'
import { buildContact } from './contacts'
import { buildFollowUp } from './followUps'
import { assertPartiesExist, buildInteraction, interactionTables, noteInteraction } from './interactions'
import { buildOrganization } from './organizations'
import { nowIso } from './records'

export interface NewContactInput {
  firstName: string
  lastName: string
}

export interface QuickLogRequest {
  interaction: Omit<InteractionInput, 'organizationIds' | 'contactIds'>
  organizationIds: string[]
  contactIds: string[]
  /** Created in the same save; new contacts join the first organization of the log. */
  newOrganizations: Pick<OrganizationInput, 'name'>[]
  newContacts: NewContactInput[]
  followUp: { title: string; dueDate: string } | null
}

export interface QuickLogResult {
  interaction: Interaction
  followUp: FollowUp | null
  organizations: Organization[]
  contacts: Contact[]
}

function buildAll(request: QuickLogRequest): QuickLogResult {
  const at = nowIso()
  const organizations = request.newOrganizations.map((o) => buildOrganization(o, at))
  const organizationIds = [...request.organizationIds, ...organizations.map((o) => o.id)]
  const employer = organizationIds[0] ?? null
  const contacts = request.newContacts.map((c) => buildContact({ ...c, organizationId: employer }, at))
  const contactIds = [...request.contactIds, ...contacts.map((c) => c.id)]
  const interaction = buildInteraction({ ...request.interaction, organizationIds, contactIds }, at)
  const followUp = request.followUp
    ? buildFollowUp(
        {
          ...request.followUp,
          organizationId: employer,
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
  const built = buildAll(request)
  const { interaction, followUp, organizations, contacts } = built
  await db().transaction('rw', [...interactionTables(), db().followUps], async () => {
    await assertPartiesExist(request.organizationIds, request.contactIds)
    await db().organizations.bulkAdd(organizations)
    await db().contacts.bulkAdd(contacts)
    await db().interactions.add(interaction)
    if (followUp) await db().followUps.add(followUp)
    await noteInteraction(interaction)
  })
  return built
}
