// An Outlook .msg file (MS-OXMSG: MAPI properties in a compound file), read by msgreader, as the
// same CapturedEmail an .eml gives. Exchange writes its own X500 addresses (/o=ExchangeLabs/…) in
// PR_EMAIL_ADDRESS; the SMTP one, when Outlook kept it, is in PR_SMTP_ADDRESS / PR_SENDER_SMTP_ADDRESS.
import MsgReader, { type FieldsData } from '@kenjiuno/msgreader'
import { AppError } from '../errors'
import { trimmedBody } from './bodyText'
import type { CapturedEmail, EmailPerson } from './email'
import { htmlToText } from './htmlText'

const SUBJECT_MAX = 200
// E-mails and meeting requests; a contact, task or appointment saved as .msg is no message
const MESSAGE_CLASSES = /^IPM\.(Note|Schedule\.Meeting)\b/i

// An X500 address has no « @ »: an Exchange entry without its SMTP address is left out
function smtp(address: string | undefined, smtpAddress: string | undefined) {
  const chosen = smtpAddress?.trim() || address?.trim() || ''
  return chosen.includes('@') ? chosen.toLowerCase() : null
}

function person(email: string | null, name: string | undefined): EmailPerson | null {
  return email ? { email, name: (name ?? '').trim() } : null
}

function recipients(fields: FieldsData, kind: 'to' | 'cc'): EmailPerson[] {
  return (fields.recipients ?? [])
    .filter((r) => r.recipType === kind)
    .map((r) => person(smtp(r.email, r.smtpAddress), r.name))
    .filter((p): p is EmailPerson => p !== null)
}

function isoDate(...utcStrings: (string | undefined)[]): string | null {
  for (const text of utcStrings) {
    const date = text ? new Date(text) : null
    if (date && !Number.isNaN(date.getTime())) return date.toISOString()
  }
  return null
}

function bodyOf(fields: FieldsData): string {
  if (fields.body?.trim()) return fields.body
  if (fields.bodyHtml) return htmlToText(fields.bodyHtml)
  // PR_HTML is bytes in the message's code page; Outlook writes UTF-8 for accented text today
  if (fields.html) return htmlToText(new TextDecoder().decode(fields.html))
  return ''
}

export function readOutlookMsg(bytes: Uint8Array): CapturedEmail {
  let fields: FieldsData
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const reader = new MsgReader(buffer)
    // Non-Unicode .msg (« Outlook Message Format ») keeps strings in the Windows code page: 1252
    // for French and English (’ « – live where Latin-1 has control characters)
    reader.parserConfig = { ansiEncoding: 'windows-1252' }
    fields = reader.getFileData()
  } catch {
    throw new AppError('capture.errors.notEmail')
  }
  if (fields.error || !MESSAGE_CLASSES.test(fields.messageClass ?? ''))
    throw new AppError('capture.errors.notEmail')
  const from = person(smtp(fields.senderEmail, fields.senderSmtpAddress), fields.senderName)
  const { text, truncated } = trimmedBody(bodyOf(fields))
  return {
    messageId: fields.messageId?.trim().replace(/^<|>$/g, '') || null,
    subject: (fields.subject ?? '').trim().slice(0, SUBJECT_MAX),
    sentAt: isoDate(fields.clientSubmitTime, fields.messageDeliveryTime),
    from,
    to: recipients(fields, 'to'),
    cc: recipients(fields, 'cc'),
    body: text,
    truncated,
    attachmentNames: (fields.attachments ?? [])
      .filter((a) => !a.attachmentHidden)
      .map((a) => (a.fileName ?? a.name ?? a.fileNameShort ?? '').trim())
      .filter((name) => name !== '')
  }
}
