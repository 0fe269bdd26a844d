import { Box, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import {
  ExportProgressModal,
  ReportExportActions,
  ReportPreview,
  useReportExport
} from '@renderer/features/reports'
import { ImpactCharts } from './ImpactCharts'
import { ImpactFigures } from './ImpactFigures'
import { ImpactFilters } from './ImpactFilters'
import { useImpact } from './useImpact'
import { useImpactState } from './useImpactState'

/** Coverage, support, financing and jobs for a period and a territory; exported as a spreadsheet. */
export function ImpactScreen() {
  const { t } = useTranslation()
  const { state, setState, period } = useImpactState()
  const [shown, setShown] = useState(0)
  const { organizations, impact, sheets, exportExtras, error } = useImpact(period, state.filter)
  const exporter = useReportExport('impact', period, sheets, shown, exportExtras)

  const body = () => {
    if (error) return <ErrorState error={error} />
    if (!impact || !sheets) return <LoadingState />
    return (
      <>
        <ImpactFigures impact={impact} />
        <ImpactCharts impact={impact} />
        <Stack gap="sm" component="section" aria-labelledby="impact-tables">
          <Title order={2} size="h4" id="impact-tables">
            {t('impact.tables')}
          </Title>
          <Box h={360} style={{ display: 'flex', flexDirection: 'column' }}>
            <ReportPreview sheets={sheets} shown={shown} onShow={setShown} />
          </Box>
        </Stack>
      </>
    )
  }
  return (
    <>
      <PageHeader
        title={t('impact.title')}
        subtitle={t('impact.subtitle')}
        actions={
          <ReportExportActions
            disabled={!sheets}
            busy={exporter.progress !== null}
            onExport={(choice) => void exporter.run(choice)}
          />
        }
      />
      <ImpactFilters state={state} period={period} organizations={organizations ?? []} onChange={setState} />
      {body()}
      <ExportProgressModal progress={exporter.progress} />
    </>
  )
}
