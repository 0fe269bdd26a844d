import { useMemo } from 'react'
import { contactTimeline, organizationTimeline } from '@renderer/db/repositories/timeline'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useSetting } from '@renderer/hooks/useSetting'
import { groupByMonth, timelineEntries } from '@shared/domain/timeline'
import type { Language } from '@shared/schemas/common'

export type TimelineParty = 'organization' | 'contact'

/** A company's or a contact's timeline, grouped by month, newest first. */
export function useTimeline(party: TimelineParty, id: string) {
  const { data, isLoading, error } = useDbQuery(
    () => (party === 'organization' ? organizationTimeline(id) : contactTimeline(id)),
    [party, id]
  )
  const months = useMemo(() => (data ? groupByMonth(timelineEntries(data)) : []), [data])
  return { data, months, isLoading, error }
}

/** Stage id → its name in the interface language (the pipeline's stages are configurable). */
export function useStageNames(language: Language): (stageId: string | null) => string {
  const stages = useSetting('pipelineStages')
  return useMemo(() => {
    const names = new Map((stages ?? []).map((s) => [s.id, s[language]]))
    return (stageId) => (stageId ? (names.get(stageId) ?? stageId) : '')
  }, [stages, language])
}
