// Building blocks of every entity schema. Error messages are i18n keys (validation.*),
// translated by the renderer: the repositories refuse invalid records with these.
import { z } from 'zod'

export const idSchema = z.string().min(1, { error: 'validation.required' })
export const timestampSchema = z.iso.datetime({ offset: true, error: 'validation.timestamp' })
/** A calendar date, YYYY-MM-DD: never a timestamp, so the 3rd stays the 3rd in every time zone. */
export const calendarDateSchema = z.iso.date({ error: 'validation.date' })
export const centsSchema = z
  .number({ error: 'validation.amount' })
  .int({ error: 'validation.amount' })
  .nonnegative({ error: 'validation.amountNegative' })
  .max(1e15, { error: 'validation.amountTooLarge' })

// Control characters (NUL, BEL, VT, ESC, DEL, C1…) are stripped from every text: a company named
// with three NULs was invisible. Tabs and line breaks stay in multi-line fields and become a space
// in single-line ones.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g
const LINE_BREAKS_AND_TABS = /[\t\n\r]+/g

/** A multi-line text without control characters (tabs and line breaks kept). */
export const withoutControls = (value: string) => value.replace(CONTROLS, '')
/** A single-line text without control characters; tabs and line breaks become one space. */
export const singleLine = (value: string) => withoutControls(value).replace(LINE_BREAKS_AND_TABS, ' ')

export const requiredText = (max = 200) =>
  z
    .string({ error: 'validation.required' })
    .overwrite(singleLine)
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' })
export const optionalText = (max = 200) =>
  z.string().overwrite(singleLine).trim().max(max, { error: 'validation.tooLong' }).default('')
/** A reason or an outcome written in a text area: line breaks kept. */
export const multilineText = (max = 1000) =>
  z.string().overwrite(withoutControls).trim().max(max, { error: 'validation.tooLong' }).default('')
export const notesText = z
  .string()
  .overwrite(withoutControls)
  .max(100_000, { error: 'validation.tooLong' })
  .default('')

/**
 * The address in what a mail client copies: « Éloïse Côté <eloise@nordik.ca> » or
 * « mailto:eloise@nordik.ca » give « eloise@nordik.ca »; anything else is left to the check.
 */
export function emailFromPaste(text: string): string {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  return (bracketed ? bracketed[1] : text).replace(/^mailto:/i, '')
}

export const emailSchema = z
  .string()
  .trim()
  .overwrite(emailFromPaste)
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.union([z.literal(''), z.email({ error: 'validation.email' })]))
  .default('')

// Digits and the usual signs, then an extension after a number as officers write it: « poste 22 »,
// « p. 22 », "ext. 204" ("x204" was already read by the signs).
const PHONE_SIGNS = '[+()\\d\\s.,\\-#x]*'
const PHONE = new RegExp(
  `^(?:${PHONE_SIGNS}|${PHONE_SIGNS}\\d${PHONE_SIGNS}(?:poste|ext|extension|p)\\.?\\s*\\d+)$`,
  'i'
)

export const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: 'validation.tooLong' })
  .regex(PHONE, { error: 'validation.phone' })
  .default('')

/** A DNS name of two labels or more, as URL gives it (lower case, accents in punycode). */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/

/**
 * A web page's address: http or https, a host that is a host name (or an IPv4 address), no user
 * name or password. `javascript:`, `data:`, `file:` and `http://javascript:alert(1)` are refused.
 */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  return HOST_NAME.test(url.hostname) || IPV4.test(url.hostname)
}

/** « nordik.ca » → « https://nordik.ca »: typed without its scheme; one with a scheme is left to the check. */
export function withWebScheme(text: string): string {
  return /^[a-z0-9]/i.test(text) && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? `https://${text}` : text
}

export const urlSchema = z
  .string()
  .trim()
  .overwrite(withWebScheme)
  .max(500, { error: 'validation.tooLong' })
  .refine((value) => value === '' || isWebAddress(value), { error: 'validation.url' })
  .default('')

export const tagsSchema = z
  .array(z.string().overwrite(singleLine).trim().min(1).max(40, { error: 'validation.tagTooLong' }))
  .max(50)
  .default([])
  .transform((tags) => [...new Set(tags)])

export const languageSchema = z.enum(['fr', 'en'])
export type Language = z.infer<typeof languageSchema>

/** Fields every stored record carries. Soft delete: deletedAt set = in the Trash. */
export const recordMetaSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
  /**
   * Counts the record's writes (the database adds one on each; absent counts as 0): a save from a
   * form opened on an older revision is refused.
   */
  revision: z.number().int().nonnegative().optional()
})
export type RecordMeta = z.infer<typeof recordMetaSchema>
