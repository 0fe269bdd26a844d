import { useEffect, useState } from 'react'
import { todayDate, type CalendarDate } from '@shared/domain/dates'

/** Today's local calendar date; changes at midnight so an open screen moves to the new day. */
export function useToday(): CalendarDate {
  const [today, setToday] = useState(() => todayDate())
  useEffect(() => {
    // Check every minute rather than sleeping until midnight: a laptop that slept or moved time
    // zones wakes up on the right day.
    const timer = window.setInterval(() => setToday(todayDate()), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return today
}
