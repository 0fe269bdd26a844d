import { Badge, Button, Grid, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ConfirmDelete } from '@renderer/components/ConfirmDelete'
import { ErrorState } from '@renderer/components/ErrorState'
import { LastContact } from '@renderer/components/LastContact'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { deleteOrganization, restoreOrganization } from '@renderer/db/repositories/organizations'
import { useNotify } from '@renderer/hooks/useNotify'
import { CompanyContacts } from './CompanyContacts'
import { CompanyFormModal } from './CompanyFormModal'
import { CompanyProfile } from './CompanyProfile'
import { RiskBadge } from './RiskBadge'
import { useOrganization } from './useCompanies'

export function CompanyScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const notify = useNotify()
  const [editing, edit] = useDisclosure()
  const [confirming, confirm] = useDisclosure()
  const { data: company, isLoading, error } = useOrganization(id)

  if (error) return <ErrorState error={error} />
  if (isLoading) return <LoadingState />
  if (!company) return <NotFoundScreen messageKey="companies.notFound" />

  const remove = async () => {
    confirm.close()
    try {
      await deleteOrganization(company.id)
      notify.success(t('common.movedToTrash', { name: company.name }), {
        label: t('common.undo'),
        onClick: () => void restoreOrganization(company.id).then(() => navigate(`/companies/${company.id}`))
      })
      navigate('/companies')
    } catch (e) {
      notify.failure(e)
    }
  }

  return (
    <>
      <PageHeader
        above={<BackLink to="/companies" label={t('companies.title')} />}
        title={company.name}
        subtitle={
          <Group gap="xs" component="span">
            <Badge color="gray">{t(`enums.kind.${company.kind}`)}</Badge>
            {company.tier && <Badge>{t(`enums.tier.${company.tier}`)}</Badge>}
            <RiskBadge flag={company.riskFlag} />
            <LastContact at={company.lastInteractionAt} withLabel />
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
              {t('common.edit')}
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirm.open}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <CompanyContacts organization={company} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <CompanyProfile company={company} />
        </Grid.Col>
      </Grid>
      <CompanyFormModal opened={editing} onClose={edit.close} company={company} />
      <ConfirmDelete opened={confirming} name={company.name} onCancel={confirm.close} onConfirm={remove} />
    </>
  )
}
