import { useCallback, useMemo } from 'react'
import { joinedQuery } from '@renderer/db/joinedQuery'
import { listOpportunities, listOpportunitiesOfOrganization } from '@renderer/db/repositories/opportunities'
import { mappedQuery } from '@renderer/db/mappedQuery'
import {
  boardDataOf,
  listBoardCards,
  livePipelineOrganizations,
  opportunityPage,
  pipelineOf,
  type PipelineData
} from '@renderer/db/repositories/pipeline'
import { sharedQuery, type SharedQuery } from '@renderer/db/sharedQuery'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useSharedQuery } from '@renderer/db/useSharedQuery'
import { getSetting } from '@renderer/db/repositories/settings'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { stageMap } from '@shared/domain/pipeline'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import type { PipelineStage } from '@shared/schemas'
import { storedPipelineLayout } from './usePipelineViewState'

const filesQuery = sharedQuery(listOpportunities)
const namedQuery = joinedQuery(filesQuery, sharedQuery(livePipelineOrganizations), pipelineOf)

/**
 * The pipeline's files and companies (pipelineData) as two live queries: a stage move re-reads the
 * files only. The table needs it (partners' names).
 */
export const pipelineQuery: SharedQuery<PipelineData> = namedQuery
/** The files' cards, each with its company's name and region: neither files nor companies read. */
export const boardQuery = mappedQuery(sharedQuery(listBoardCards), boardDataOf)
/** The reads the pipeline's remembered layout needs, started with the navigation to it. */
export function startPipelineReads(): void {
  boardQuery.start()
  const layout = storedPipelineLayout()
  if (layout === 'table') namedQuery.start()
  else if (layout === 'charts') filesQuery.start()
}
export const usePipelineData = () => useSharedQuery(pipelineQuery)
export const useBoardData = () => useSharedQuery(boardQuery)
/** The live files, whole (the charts need more than the cards). */
export const usePipelineFiles = () => useSharedQuery(filesQuery)
export const useOpportunityPage = (id: string) => useDbQuery(() => opportunityPage(id), [id])
export const useOrganizationOpportunities = (organizationId: string) =>
  useDbQuery(() => listOpportunitiesOfOrganization(organizationId), [organizationId])

/**
 * The stages setting, one live read shared by every part of a screen (started with the navigation).
 * A part mounted once the screen has the stages has them on its first render: with a read each,
 * the board drew the default stages' columns until its own read answered, then rendered again.
 */
export const stagesQuery = sharedQuery(() => getSetting('pipelineStages'))

/** The configured stages (the defaults while loading), with a lookup and names in the UI language. */
export function useStages() {
  const setting = useSharedQuery(stagesQuery).data
  const stages: PipelineStage[] = setting ?? DEFAULT_PIPELINE_STAGES
  const { language } = useFormatters()
  const byId = useMemo(() => stageMap(stages), [stages])
  const nameOf = useCallback(
    (id: string | null) => (id ? (byId.get(id)?.[language] ?? '') : ''),
    [byId, language]
  )
  return { stages, byId, nameOf, ready: setting !== undefined }
}
