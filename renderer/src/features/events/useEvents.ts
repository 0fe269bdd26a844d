import { getEvent, getEventDetail, listEventRows } from '@renderer/db/repositories/events'
import { useDbQuery } from '@renderer/db/useDbQuery'

export const useEventRows = () => useDbQuery(listEventRows, [])
export const useEvent = (id: string) => useDbQuery(() => getEvent(id), [id])
export const useEventDetail = (id: string) => useDbQuery(() => getEventDetail(id), [id])
