import { Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { ExportProgressModal } from './ExportProgressModal'
import { ReportControls } from './ReportControls'
import { ReportExportActions } from './ReportExportActions'
import { ReportPreview } from './ReportPreview'
import { useCalendarExport } from './useCalendarExport'
import { useExportOnArrival } from './useExportOnArrival'
import { useReportExport } from './useReportExport'
import { useReportSheets } from './useReportSheets'
import { useReportState } from './useReportState'

export function ReportsScreen() {
  const { t } = useTranslation()
  const { state, setState, period, today } = useReportState()
  const [shown, setShown] = useState(0)
  const { sheets, error } = useReportSheets(state.report, period, today)
  const exporter = useReportExport(state.report, period, sheets, shown)
  const calendar = useCalendarExport()
  useExportOnArrival(sheets !== undefined, exporter.run)

  const body = () => {
    if (error) return <ErrorState error={error} />
    if (!sheets) return <LoadingState />
    return <ReportPreview sheets={sheets} shown={shown} onShow={setShown} />
  }
  return (
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        actions={
          <ReportExportActions
            disabled={!sheets}
            busy={exporter.progress !== null}
            onExport={(choice) => void exporter.run(choice)}
            calendar={
              state.report === 'followUps'
                ? { run: () => void calendar.run(), busy: calendar.busy }
                : undefined
            }
          />
        }
      />
      <ReportControls
        state={state}
        period={period}
        onChange={(next) => {
          if (next.report !== state.report) setShown(0)
          setState(next)
        }}
      />
      {body()}
      <ExportProgressModal progress={exporter.progress} />
    </Stack>
  )
}
