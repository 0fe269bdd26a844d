import { Anchor, Badge, Button, Grid, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconThumbDown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { RecordActions } from '@renderer/components/RecordActions'
import { useQuickLog } from '@renderer/features/interactions'
import { deleteOpportunity, restoreOpportunity } from '@renderer/db/repositories/opportunities'
import type { OpportunityPageData } from '@renderer/db/repositories/pipeline'
import { firstStageOfKind } from '@shared/domain/pipeline-stages'
import { STAGE_KIND_COLORS } from '../constants'
import { OpportunityFormModal } from '../form/OpportunityFormModal'
import { MoveToMenu } from '../MoveToMenu'
import { useOpportunityPage, useStages } from '../usePipeline'
import { useStageMove } from '../useStageMove'
import { OpportunityActivity } from './OpportunityActivity'
import { OpportunityDetails } from './OpportunityDetails'
import { StageHistory } from './StageHistory'

function Subtitle({ page }: { page: OpportunityPageData }) {
  const { t } = useTranslation()
  const { nameOf, byId } = useStages()
  const { file } = page
  return (
    <Group gap="xs" component="span">
      <Anchor component={Link} to={`/companies/${file.organizationId}`} size="sm">
        {page.organizations.get(file.organizationId)?.name}
      </Anchor>
      <Badge color={STAGE_KIND_COLORS[byId.get(file.stageId)?.kind ?? 'hold']}>
        {nameOf(file.stageId) || t('pipeline.board.unknownStage')}
      </Badge>
    </Group>
  )
}

export function OpportunityScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure()
  const { stages } = useStages()
  const { data: page, isLoading, error } = useOpportunityPage(id)
  const { request, dialog } = useStageMove()
  const quickLog = useQuickLog()

  if (error) return <ErrorState error={error} />
  if (isLoading) return <LoadingState />
  if (!page) return <NotFoundScreen messageKey="pipeline.notFound" />
  const { file } = page
  const lostStage = firstStageOfKind(stages, 'lost')

  return (
    <>
      <PageHeader
        above={<BackLink to="/pipeline" label={t('pipeline.title')} />}
        title={file.title}
        subtitle={<Subtitle page={page} />}
        actions={
          <>
            <MoveToMenu file={file} stageId={file.stageId} stages={stages} onMove={request} withLabel />
            {lostStage && file.outcome === null && (
              <Button
                variant="default"
                leftSection={<IconThumbDown size={16} aria-hidden />}
                onClick={() => request(file, lostStage.id)}
              >
                {t('pipeline.lost.markLost')}
              </Button>
            )}
            <RecordActions
              name={file.title}
              onEdit={edit.open}
              remove={() => deleteOpportunity(file.id)}
              restore={() => restoreOpportunity(file.id)}
              listPath="/pipeline"
              recordPath={`/pipeline/${file.id}`}
            />
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <OpportunityDetails page={page} />
            <OpportunityActivity
              interactions={page.interactions}
              followUps={page.followUps}
              onLogMeeting={() =>
                quickLog.open({
                  organizationIds: [file.organizationId],
                  contactIds: file.primaryContactId ? [file.primaryContactId] : [],
                  opportunityId: file.id,
                  kind: 'meeting'
                })
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <StageHistory changes={page.changes} current={file.closedAt === null ? file : undefined} />
        </Grid.Col>
      </Grid>
      <OpportunityFormModal opened={editing} onClose={edit.close} file={file} />
      {dialog}
    </>
  )
}
