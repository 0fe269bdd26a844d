// Spreadsheet dates have no time zone: a meeting at 14:30 in Saguenay must read 14:30. An instant is
// written as its wall-clock time in the system's time zone (the one the app shows).

/** "00" to "59", looked up: an export pads four fields in each of 100,000 rows. */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'))
const pad = (n: number) => TWO_DIGITS[n] ?? String(n).padStart(2, '0')

/** "YYYY-MM-DD HH:MM" in local time, or null when the text is not an instant. */
export function localWallTime(iso: string): string | null {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * A Date whose UTC fields are the local wall-clock time: spreadsheet writers (ExcelJS) store a
 * Date's UTC value, so the cell shows the local time.
 */
export function wallTimeDate(iso: string): Date | null {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms)
  return new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds())
  )
}

/** A calendar date as a Date at UTC midnight, which a spreadsheet shows as that very day. */
export function calendarDateAsDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}
