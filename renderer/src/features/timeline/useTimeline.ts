import { useEffect, useMemo } from 'react'
import { contactTimeline, organizationTimeline } from '@renderer/db/repositories/timeline'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { pendingLogs, usePendingLogs } from '@renderer/hooks/pendingLogs'
import { useSetting } from '@renderer/hooks/useSetting'
import { groupByMonth, timelineEntries } from '@shared/domain/timeline'
import type { Language } from '@shared/schemas/common'
import { withPendingLogs } from './withPendingLogs'

export type TimelineParty = 'organization' | 'contact'

/** A company's or a contact's timeline, grouped by month, newest first. */
export function useTimeline(party: TimelineParty, id: string) {
  const { data, isLoading, error } = useDbQuery(
    () => (party === 'organization' ? organizationTimeline(id) : contactTimeline(id)),
    [party, id]
  )
  const pending = usePendingLogs()
  // Quick logs on their way to the database show at once; each leaves when the read has it
  const shown = useMemo(() => withPendingLogs(data, pending, party, id), [data, pending, party, id])
  useEffect(() => {
    if (data && pending.length > 0) pendingLogs.forget(new Set(data.interactions.map((i) => i.id)))
  }, [data, pending])
  const months = useMemo(() => (shown ? groupByMonth(timelineEntries(shown)) : []), [shown])
  return { data: shown, months, isLoading, error }
}

/** Stage id → its name in the interface language (the pipeline's stages are configurable). */
export function useStageNames(language: Language): (stageId: string | null) => string {
  const stages = useSetting('pipelineStages')
  return useMemo(() => {
    const names = new Map((stages ?? []).map((s) => [s.id, s[language]]))
    return (stageId) => (stageId ? (names.get(stageId) ?? stageId) : '')
  }, [stages, language])
}
