// The period « Rencontres à consigner » shows (and Today counts): the last 7, 30 or 90 days up to
// now, remembered on this computer. A calendar is always imported over the widest period, so that
// widening it later shows the older meetings without importing the file again.
import { useLocalStorage } from '@mantine/hooks'
import { useMemo } from 'react'

export const CAPTURE_WINDOWS = [7, 30, 90]
export const WIDEST_WINDOW = Math.max(...CAPTURE_WINDOWS)
const DEFAULT_WINDOW = 30
const DAY = 24 * 60 * 60 * 1000

/** ISO UTC of the window's first instant. */
export const windowStart = (days: number, now = new Date()) =>
  new Date(now.getTime() - days * DAY).toISOString()

/** The chosen window in days, and where it starts (fixed while the choice stays the same). */
export function useCaptureWindow() {
  const [stored, setDays] = useLocalStorage<number>({
    key: 'relais.capture.window',
    defaultValue: DEFAULT_WINDOW
  })
  const days = CAPTURE_WINDOWS.includes(stored) ? stored : DEFAULT_WINDOW
  const since = useMemo(() => windowStart(days), [days])
  return { days, since, setDays }
}
