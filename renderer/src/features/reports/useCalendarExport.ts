import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { openFollowUpItems } from '@shared/calendar/follow-ups'
import { buildIcs } from '@shared/calendar/ics'
import { todayDate } from '@shared/domain/dates'
import { loadOpenFollowUps } from '@renderer/db/repositories/reportData'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'

/** Open follow-ups as an .ics file, for any calendar. */
export function useCalendarExport() {
  const { t } = useTranslation()
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  const run = useCallback(async () => {
    setBusy(true)
    try {
      const { followUps, organizations, contacts } = await loadOpenFollowUps()
      const items = openFollowUpItems(followUps, organizations, contacts)
      if (items.length === 0) {
        notify.success(t('reports.export.icsEmpty'))
        return
      }
      const suggestedName = `${t('reports.export.icsFile')}-${todayDate()}.ics`
      const content = buildIcs(items, { now: new Date(), calendarName: t('reports.export.calendarName') })
      const result = await getPlatform().saveFile({
        suggestedName,
        filterName: 'iCalendar',
        extensions: ['ics'],
        mimeType: 'text/calendar;charset=utf-8',
        content
      })
      if (result.saved)
        notify.success(t('reports.export.icsSaved', { fileName: result.fileName ?? suggestedName }))
    } catch (error) {
      notify.failure(error)
    } finally {
      setBusy(false)
    }
  }, [t, notify])
  return { run, busy }
}
