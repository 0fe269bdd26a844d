import { Button, EmptyState, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBuildingSkyscraper, IconPlus } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { VirtualTable, type SortState } from '@renderer/components/VirtualTable'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useSessionState } from '@renderer/hooks/useSessionState'
import { DEFAULT_COMPANY_LIST_STATE, filterCompanies, type CompanyListState } from '@shared/domain/list-filters'
import { CompanyFilters } from './CompanyFilters'
import { CompanyFormModal } from './CompanyFormModal'
import { useOrganizations, useOrganizationTags } from './useCompanies'
import { useCompanyColumns } from './useCompanyColumns'

export function CompaniesScreen() {
  const { t } = useTranslation()
  const format = useFormatters()
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const [state, setState] = useSessionState<CompanyListState>('relais.companies.list', DEFAULT_COMPANY_LIST_STATE)
  const { data: organizations, isLoading, error } = useOrganizations()
  const tags = useOrganizationTags().data ?? []
  const columns = useCompanyColumns()
  const rows = useMemo(() => (organizations ? filterCompanies(organizations, state) : []), [organizations, state])

  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t('companies.new')}
    </Button>
  )

  const body = () => {
    if (error) return <ErrorState error={error} />
    if (isLoading || !organizations) return <LoadingState />
    if (organizations.length === 0) {
      return (
        <EmptyState icon={<IconBuildingSkyscraper aria-hidden />} title={t('companies.empty.title')} description={t('companies.empty.description')} mt="xl">
          {newButton}
        </EmptyState>
      )
    }
    return (
      <>
        <CompanyFilters state={state} onChange={setState} tags={tags} />
        {rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl" role="status">
            {t('companies.empty.filtered')}
          </Text>
        ) : (
          <VirtualTable
            label={t('companies.title')}
            rows={rows}
            columns={columns}
            rowKey={(o) => o.id}
            sort={state.sort}
            onSortChange={(sort: SortState) => setState({ ...state, sort: sort as CompanyListState['sort'] })}
            onRowOpen={(o) => navigate(`/companies/${o.id}`)}
            footer={t('companies.count', { shown: format.number(rows.length), total: format.number(organizations.length), count: organizations.length })}
          />
        )}
      </>
    )
  }

  return (
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader title={t('companies.title')} subtitle={t('companies.subtitle')} actions={newButton} />
      {body()}
      <CompanyFormModal opened={creating} onClose={close} onSaved={(o) => navigate(`/companies/${o.id}`)} />
    </Stack>
  )
}
