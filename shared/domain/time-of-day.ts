// A time of day as an officer types it, in French or English, read into "HH:mm" (24 h), and
// written back the way the app's language writes it. Independent of the browser's locale.
import type { Language } from '../schemas/common'

const MERIDIEM = /^(.*?)\s*([ap])\.?\s*m?\.?$/i

/**
 * "HH:mm" for « 17:00 », « 17h », « 17 h 30 », « 17.30 », « 1730 », « 9 », "5 pm", "5:30 p.m.",
 * "12 am"; null for anything else (25:00, 17:75, "13 pm", text).
 */
export function parseTimeOfDay(text: string): string | null {
  let rest = text.trim().toLowerCase()
  if (!rest) return null
  let meridiem: 'a' | 'p' | null = null
  const suffix = MERIDIEM.exec(rest)
  if (suffix && /\d$/.test(suffix[1])) {
    meridiem = suffix[2] as 'a' | 'p'
    rest = suffix[1]
  }
  const parts = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?$/.exec(rest) ?? /^(\d{1,2})(\d{2})$/.exec(rest)
  if (!parts) return null
  let hours = Number(parts[1])
  const minutes = parts[2] === undefined ? 0 : Number(parts[2])
  if (minutes > 59) return null
  if (meridiem) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0)
  }
  if (hours > 23) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** « 17:05 » in French (24 h), "5:05 PM" in English (12 h), for a "HH:mm" value. */
export function formatTimeOfDay(value: string, language: Language): string {
  const [hours, minutes] = value.split(':').map(Number)
  if (language === 'fr') return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
  const twelve = hours % 12 === 0 ? 12 : hours % 12
  return `${twelve}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`
}
