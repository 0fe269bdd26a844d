// Reading a picked or dropped calendar file into the pending meetings.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { importCalendarMeetings } from '@renderer/db/repositories/captures'
import { getSetting } from '@renderer/db/repositories/settings'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform, type PickedFile } from '@renderer/platform'
import { MAX_CALENDAR_BYTES } from '@shared/capture/limits'
import { systemTimeZone } from '@shared/domain/dates'

import { useCaptureWindow, WIDEST_WINDOW, windowStart } from './captureWindow'

/** Imports the file's meetings of the widest window; returns how many new ones the chosen window shows. */
export async function importCalendarFile(file: PickedFile, days: number, now = new Date()): Promise<number> {
  const ownAddresses = await getSetting('ownAddresses')
  // the calendar reader (ical.js) loads with the first calendar, not with every start of the app
  const { meetingsOf } = await import('@shared/capture/calendar')
  const meetings = meetingsOf(file.bytes, {
    ownAddresses,
    officerZone: systemTimeZone(),
    now,
    from: new Date(windowStart(WIDEST_WINDOW, now))
  })
  return importCalendarMeetings(meetings, windowStart(days, now))
}

/** Import a calendar file, say how many meetings it added, and show them. */
export function useCalendarImport() {
  const { t } = useTranslation()
  const notify = useNotify()
  const navigate = useNavigate()
  const { days } = useCaptureWindow()
  const importFile = useCallback(
    async (file: PickedFile) => {
      try {
        const added = await importCalendarFile(file, days)
        notify.success(added > 0 ? t('capture.imported', { count: added }) : t('capture.importedNone'))
        navigate('/capture')
      } catch (error) {
        notify.failure(error)
      }
    },
    [days, navigate, notify, t]
  )
  const pick = useCallback(async () => {
    const file = await getPlatform().openFile({
      filterName: t('capture.fileTypes.calendar'),
      extensions: ['ics'],
      maxBytes: MAX_CALENDAR_BYTES
    })
    if (file) await importFile(file)
  }, [importFile, t])
  return { importFile, pick }
}
