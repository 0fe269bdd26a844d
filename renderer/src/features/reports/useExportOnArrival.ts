import { useEffect, useRef } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import type { ExportFormat } from './useReportExport'

/**
 * "Export the report" opens this screen with ?export=xlsx: once the report's sheets are ready,
 * export them (the save dialog, or a download in the browser), once per arrival.
 */
export function useExportOnArrival(ready: boolean, run: (choice: ExportFormat) => Promise<void>): void {
  const [params, setParams] = useSearchParams()
  const { key } = useLocation()
  const handled = useRef<string | null>(null)
  const wanted = params.get('export') === 'xlsx'
  useEffect(() => {
    if (!wanted || !ready || handled.current === key) return
    handled.current = key
    setParams({}, { replace: true })
    void run({ format: 'xlsx' })
  }, [wanted, ready, key, run, setParams])
}
