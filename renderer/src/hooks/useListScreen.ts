import { useTranslation } from 'react-i18next'
import { useFormatters } from './useFormatters'
import { useSessionState } from './useSessionState'

/**
 * What every list screen keeps: its filters and sort for the session (under `storageKey`), a
 * setter for one of them, and the "N of M" footer (`<namespace>.count` in the catalogues).
 */
export function useListScreen<S extends object>(namespace: string, storageKey: string, defaults: S) {
  const { t } = useTranslation()
  const format = useFormatters()
  const [state, setState] = useSessionState<S>(storageKey, defaults)
  const set = <K extends keyof S>(key: K, value: S[K]) => setState({ ...state, [key]: value })
  const countText = (shown: number, total: number | undefined) =>
    t(`${namespace}.count`, { shown: format.number(shown), total: format.number(total), count: total })
  return { state, setState, set, countText }
}
