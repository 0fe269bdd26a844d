import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { computeImpact } from '@shared/domain/impact-compute'
import type { ImpactFilter } from '@shared/domain/impact'
import {
  buildImpactTables,
  impactOpportunityLabel,
  impactFiltersSheet,
  localDay
} from '@shared/reports/builders'
import { localiseTables } from '@shared/reports/localise'
import type { Period } from '@shared/reports/types'
import { loadReportData } from '@renderer/db/repositories/reportData'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'

/**
 * The impact figures of the period for the filtered territory, and the same figures as report
 * sheets (what the preview shows and the XLSX holds, after a sheet naming the filter). Live: a meeting logged elsewhere counts at once.
 */
export function useImpact(period: Period, filter: ImpactFilter) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const { data, error } = useDbQuery(() => loadReportData('impact', period), [period.from, period.to])
  const impact = useMemo(
    () => (data ? computeImpact(data, period, filter, localDay) : undefined),
    [data, period, filter]
  )
  const sheets = useMemo(
    () =>
      impact && data
        ? localiseTables(buildImpactTables(impact, data.organizations, language), (key) => t(key))
        : undefined,
    [impact, data, language, t]
  )
  // The workbook says which period and territory its figures are of, in its name and first sheet
  const exportExtras = useMemo(
    () => ({
      fileLabel: impactOpportunityLabel(filter, language),
      preface: [impactFiltersSheet(filter, period, language, (key, params = {}) => t(key, params))]
    }),
    [filter, period, language, t]
  )
  return { organizations: data?.organizations, impact, sheets, exportExtras, error }
}
