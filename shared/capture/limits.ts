// Largest files read. A real calendar export of several years or a message with its attachments
// stays well below; anything larger is refused before parsing, so a wrong file cannot freeze the app.
import { AppError } from '../errors'

export const MAX_CALENDAR_BYTES = 20 * 1024 * 1024
export const MAX_EMAIL_BYTES = 30 * 1024 * 1024
export const MAX_VCARD_BYTES = 10 * 1024 * 1024

export function assertSize(bytes: number, max: number): void {
  if (bytes > max) throw new AppError('capture.errors.tooLarge', { megabytes: Math.round(max / 1024 / 1024) })
}
