import { useCallback, useMemo } from 'react'
import { listOpportunitiesOfOrganization } from '@renderer/db/repositories/opportunities'
import { opportunityPage, pipelineData } from '@renderer/db/repositories/pipeline'
import { sharedQuery } from '@renderer/db/sharedQuery'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useSharedQuery } from '@renderer/db/useSharedQuery'
import { useSetting } from '@renderer/hooks/useSetting'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { stageMap } from '@shared/domain/pipeline'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import type { PipelineStage } from '@shared/schemas'

/** The pipeline's files and names: the navigation to the pipeline starts the reads (preloadPipeline). */
export const pipelineQuery = sharedQuery(pipelineData)
export const usePipelineData = () => useSharedQuery(pipelineQuery)
export const useOpportunityPage = (id: string) => useDbQuery(() => opportunityPage(id), [id])
export const useOrganizationOpportunities = (organizationId: string) =>
  useDbQuery(() => listOpportunitiesOfOrganization(organizationId), [organizationId])

/** The configured stages (the defaults while loading), with a lookup and names in the UI language. */
export function useStages() {
  const setting = useSetting('pipelineStages')
  const stages: PipelineStage[] = setting ?? DEFAULT_PIPELINE_STAGES
  const { language } = useFormatters()
  const byId = useMemo(() => stageMap(stages), [stages])
  const nameOf = useCallback(
    (id: string | null) => (id ? (byId.get(id)?.[language] ?? '') : ''),
    [byId, language]
  )
  return { stages, byId, nameOf, ready: setting !== undefined }
}
