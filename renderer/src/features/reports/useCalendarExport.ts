import { useTranslation } from 'react-i18next'
import { openFollowUpItems } from '@shared/calendar/follow-ups'
import { buildIcs } from '@shared/calendar/ics'
import { todayDate } from '@shared/domain/dates'
import { loadOpenFollowUps } from '@renderer/db/repositories/reportData'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'

async function calendarFile(calendarName: string): Promise<string | null> {
  const { followUps, organizations, contacts } = await loadOpenFollowUps()
  const items = openFollowUpItems(followUps, organizations, contacts)
  return items.length > 0 ? buildIcs(items, { now: new Date(), calendarName }) : null
}

/** Open follow-ups as an .ics file, for any calendar. */
export function useCalendarExport() {
  const { t } = useTranslation()
  const notify = useNotify()
  const { busy, run: attempt } = useBusyAction()
  const run = () =>
    attempt(async () => {
      const content = await calendarFile(t('reports.export.calendarName'))
      if (!content) return notify.success(t('reports.export.icsEmpty'))
      const suggestedName = `${t('reports.export.icsFile')}-${todayDate()}.ics`
      const result = await getPlatform().saveFile({
        suggestedName,
        filterName: 'iCalendar',
        extensions: ['ics'],
        mimeType: 'text/calendar;charset=utf-8',
        content
      })
      if (result.saved)
        notify.success(t('reports.export.icsSaved', { fileName: result.fileName ?? suggestedName }))
    })
  return { run, busy }
}
