// A reviewed message as the e-mail interaction it becomes.
import { emailKey, type CapturedLog } from '@renderer/db/repositories/captures'
import type { CapturedEmail } from '@shared/capture/email'
import type { MatchedPerson } from '@shared/capture/matching'
import type { DropTarget } from './emailReviewStore'

export interface EmailRowData {
  email: CapturedEmail
  /** Index in the dropped list: the row's identity. */
  index: number
  people: MatchedPerson[]
  /** Logged or ignored before (same Message-ID), or repeated in this drop. */
  duplicate: boolean
}

export function emailParties(row: EmailRowData, target: DropTarget) {
  const known = row.people.flatMap((p) => (p.kind === 'known' ? [p] : []))
  const contactIds = known.map((p) => p.contactId)
  const organizationIds = known.flatMap((p) => p.organizationId ?? [])
  if (target?.type === 'contact') contactIds.push(target.id)
  if (target?.type === 'organization') organizationIds.unshift(target.id)
  return { contactIds: [...new Set(contactIds)], organizationIds: [...new Set(organizationIds)] }
}

export function emailLog(
  row: EmailRowData,
  target: DropTarget,
  text: { noSubject: string; attachments: (names: string) => string },
  now = new Date()
): CapturedLog {
  const { email } = row
  const attachments =
    email.attachmentNames.length > 0 ? text.attachments(email.attachmentNames.join(', ')) : ''
  return {
    captureKey: email.messageId ? emailKey(email.messageId) : null,
    source: 'email',
    interaction: {
      kind: 'email',
      occurredAt: email.sentAt ?? now.toISOString(),
      durationMinutes: null,
      title: email.subject || text.noSubject,
      notes: [email.body, attachments].filter(Boolean).join('\n\n'),
      ...emailParties(row, target)
    },
    newPeople: []
  }
}
