// An e-mail file (.eml) as what an interaction keeps: postal-mime decodes the MIME structure
// (encodings, charsets, quoted-printable, multipart/alternative, and a text version of an HTML-only
// message, built from the markup, never rendered); bodyText.ts trims quotes and signatures.
import PostalMime, { type Address, type Mailbox } from 'postal-mime'
import { AppError } from '../errors'
import { assertSize, MAX_EMAIL_BYTES } from './limits'
import { trimmedBody } from './bodyText'
import { htmlToText } from './htmlText'

export interface EmailPerson {
  /** Lower-case address. */
  email: string
  name: string
}

export interface CapturedEmail {
  /** Without angle brackets; null when the message has none. */
  messageId: string | null
  subject: string
  /** ISO UTC, null when the Date header is missing or unreadable. */
  sentAt: string | null
  from: EmailPerson | null
  to: EmailPerson[]
  cc: EmailPerson[]
  body: string
  /** The body was cut to the cap. */
  truncated: boolean
  attachmentNames: string[]
}

const SUBJECT_MAX = 200

function people(addresses: Address[] | Address | undefined): EmailPerson[] {
  const list = addresses === undefined ? [] : Array.isArray(addresses) ? addresses : [addresses]
  const mailboxes: Mailbox[] = list.flatMap((a) => (a.group ? a.group : [a]))
  return mailboxes
    .filter((m) => m.address && m.address.includes('@'))
    .map((m) => ({ email: m.address.trim().toLowerCase(), name: m.name.trim() }))
}

export async function parseEmail(bytes: Uint8Array): Promise<CapturedEmail> {
  assertSize(bytes.length, MAX_EMAIL_BYTES)
  let email
  try {
    email = await PostalMime.parse(bytes)
  } catch {
    throw new AppError('capture.errors.notEmail')
  }
  const [from] = people(email.from)
  // a binary file parses as a message without a single header
  if (!from && !email.messageId && !email.subject && !email.date)
    throw new AppError('capture.errors.notEmail')
  const sent = email.date ? new Date(email.date) : null
  const { text, truncated } = trimmedBody(email.text ?? htmlToText(email.html ?? ''))
  return {
    messageId: email.messageId?.trim().replace(/^<|>$/g, '') || null,
    subject: (email.subject ?? '').trim().slice(0, SUBJECT_MAX),
    sentAt: sent && !Number.isNaN(sent.getTime()) ? sent.toISOString() : null,
    from: from ?? null,
    to: people(email.to),
    cc: people(email.cc),
    body: text,
    truncated,
    attachmentNames: email.attachments
      .filter((a) => a.disposition !== 'inline' && !a.related)
      .map((a) => a.filename ?? '')
      .filter((name) => name !== '')
  }
}
