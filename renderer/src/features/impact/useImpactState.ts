import { useMemo } from 'react'
import type { ImpactFilter } from '@shared/domain/impact'
import { NO_IMPACT_FILTER } from '@shared/reports/builders'
import { resolvePeriod } from '@shared/reports/period'
import type { PeriodChoice } from '@renderer/features/reports'
import { useSessionState } from '@renderer/hooks/useSessionState'
import { useToday } from '@renderer/hooks/useToday'

export interface ImpactState extends PeriodChoice {
  filter: ImpactFilter
}

const INITIAL: ImpactState = { preset: 'year', range: null, filter: NO_IMPACT_FILTER }

/** The period and filters of the Impact screen, kept while moving around the app. */
export function useImpactState() {
  const [state, setState] = useSessionState<ImpactState>('relais.impact', INITIAL)
  const today = useToday()
  const period = useMemo(
    () => resolvePeriod(state.preset, today, state.range ?? undefined),
    [state.preset, state.range, today]
  )
  return { state, setState, period }
}
