import { Badge, Grid, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ErrorState } from '@renderer/components/ErrorState'
import { LastContact } from '@renderer/components/LastContact'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { RecordActions } from '@renderer/components/RecordActions'
import { deleteOrganization, restoreOrganization } from '@renderer/db/repositories/organizations'
import { HealthBadge, RiskFlagCard } from '@renderer/features/health'
import { IntroductionsCard } from '@renderer/features/introductions'
import { MergeWithMenu } from '@renderer/features/merge'
import { OrganizationOpportunities } from '@renderer/features/pipeline'
import { RelationshipTimeline } from '@renderer/features/timeline'
import { OrganizationContacts } from './OrganizationContacts'
import { OrganizationFormModal } from './OrganizationFormModal'
import { OrganizationProfile } from './OrganizationProfile'
import { RiskBadge } from './RiskBadge'
import { useOrganization } from './useOrganizations'

// The cards that read their own records by the company's id: a write that changes the company
// (a quick log raises its last contact) re-renders the header, not them
const Health = memo(HealthBadge)
const Files = memo(OrganizationOpportunities)
const Introductions = memo(IntroductionsCard)
const Timeline = memo(RelationshipTimeline)
const NO_PRESET = {}
/** The page header's height, held while the company is read. */
const HEADER_HEIGHT = 96

export function OrganizationScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure()
  const { data: company, isLoading, error } = useOrganization(id)
  const scope = useMemo(() => ({ organizationId: id }), [id])

  if (error) return <ErrorState error={error} />
  if (!isLoading && !company) return <NotFoundScreen messageKey="organizations.notFound" />

  // The cards need only the id: they start their reads with the company's, not after it
  return (
    <>
      {company ? (
        <PageHeader
          above={<BackLink to="/companies" label={t('organizations.title')} />}
          title={company.name}
          subtitle={
            <Group gap="xs" component="span">
              <Badge color="gray">{t(`enums.kind.${company.kind}`)}</Badge>
              {company.tier && <Badge>{t(`enums.tier.${company.tier}`)}</Badge>}
              <RiskBadge flag={company.riskFlag} />
              <LastContact at={company.lastInteractionAt} withLabel />
              <Health party="organization" id={company.id} />
            </Group>
          }
          actions={
            <>
              <RecordActions
                name={company.name}
                onEdit={edit.open}
                remove={() => deleteOrganization(company.id)}
                restore={() => restoreOrganization(company.id)}
                listPath="/companies"
                recordPath={`/companies/${company.id}`}
              />
              <MergeWithMenu entity="organization" record={company} name={company.name} />
            </>
          }
        />
      ) : (
        <LoadingState minHeight={HEADER_HEIGHT} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <OrganizationContacts organizationId={id} />
            <Files organizationId={id} />
            <Timeline party="organization" id={id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            {company && <RiskFlagCard company={company} />}
            {company && <OrganizationProfile company={company} />}
            <Introductions scope={scope} preset={NO_PRESET} />
          </Stack>
        </Grid.Col>
      </Grid>
      {company && <OrganizationFormModal opened={editing} onClose={edit.close} company={company} />}
    </>
  )
}
