import { listContactsOfOrganization } from './contacts'
import { listFollowUpsOf } from './followUps'
import { listInteractionsOf } from './interactions'
import { listOpportunitiesOfOrganization } from './opportunities'

/**
 * The range reads the company page's cards start with (contacts, financing files, timeline,
 * health), each as its card asks for it, so that the same reads started with the navigation
 * (`app/firstReads.ts`) serve them all.
 */
export const organizationPageReads = (id: string) =>
  Promise.all([
    listContactsOfOrganization(id),
    listOpportunitiesOfOrganization(id),
    listInteractionsOf('organizationIds', id),
    listFollowUpsOf('organizationId', id)
  ])
