import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBuildingSkyscraper, IconPlus } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RecordListLayout } from '@renderer/components/RecordListLayout'
import { ImportButton } from '@renderer/features/import'
import { SavedViewsMenu } from '@renderer/features/saved-views'
import { VirtualTable } from '@renderer/components/VirtualTable'
import { useListScreen } from '@renderer/hooks/useListScreen'
import {
  DEFAULT_COMPANY_LIST_STATE,
  filterCompanies,
  type CompanyListState
} from '@shared/domain/list-filters'
import { CompanyFilters } from './CompanyFilters'
import { CompanyFormModal } from './CompanyFormModal'
import { useOrganizations, useOrganizationTags } from './useCompanies'
import { useCompanyColumns } from './useCompanyColumns'

export function CompaniesScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const { state, setState, set, countText } = useListScreen<CompanyListState>(
    'companies',
    'relais.companies.list',
    DEFAULT_COMPANY_LIST_STATE
  )
  const { data: organizations, error } = useOrganizations()
  const tags = useOrganizationTags().data ?? []
  const columns = useCompanyColumns()
  const rows = useMemo(
    () => (organizations ? filterCompanies(organizations, state) : []),
    [organizations, state]
  )
  const total = organizations?.length

  return (
    <RecordListLayout
      title={t('companies.title')}
      subtitle={t('companies.subtitle')}
      actions={
        <>
          {total ? (
            <SavedViewsMenu
              scope="companies"
              state={state}
              defaults={DEFAULT_COMPANY_LIST_STATE}
              onApply={setState}
            />
          ) : null}
          <ImportButton />
          <Button variant="default" onClick={() => navigate('/duplicates/companies')}>
            {t('merge.open')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('companies.new')}
          </Button>
        </>
      }
      error={error}
      total={total}
      shown={rows.length}
      empty={{
        icon: <IconBuildingSkyscraper aria-hidden />,
        title: t('companies.empty.title'),
        description: t('companies.empty.description')
      }}
      filteredEmpty={t('companies.empty.filtered')}
      filters={<CompanyFilters state={state} onChange={setState} tags={tags} />}
      table={
        <VirtualTable
          label={t('companies.title')}
          rows={rows}
          columns={columns}
          rowKey={(o) => o.id}
          sort={state.sort}
          onSortChange={(sort) => set('sort', sort as CompanyListState['sort'])}
          onRowOpen={(o) => navigate(`/companies/${o.id}`)}
          footer={countText(rows.length, total)}
        />
      }
    >
      <CompanyFormModal opened={creating} onClose={close} onSaved={(o) => navigate(`/companies/${o.id}`)} />
    </RecordListLayout>
  )
}
