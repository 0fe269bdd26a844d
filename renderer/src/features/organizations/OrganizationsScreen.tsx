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
  DEFAULT_ORGANIZATION_LIST_STATE,
  filterOrganizations,
  type OrganizationListState
} from '@shared/domain/list-filters'
import { OrganizationFilters } from './OrganizationFilters'
import { OrganizationFormModal } from './OrganizationFormModal'
import { useOrganizations, useOrganizationTags } from './useOrganizations'
import { useOrganizationColumns } from './useOrganizationColumns'

export function OrganizationsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const { state, setState, set, countText } = useListScreen<OrganizationListState>(
    'organizations',
    'relais.companies.list',
    DEFAULT_ORGANIZATION_LIST_STATE
  )
  const { data: organizations, error } = useOrganizations()
  const tags = useOrganizationTags().data ?? []
  const columns = useOrganizationColumns()
  const rows = useMemo(
    () => (organizations ? filterOrganizations(organizations, state) : []),
    [organizations, state]
  )
  const total = organizations?.length

  return (
    <RecordListLayout
      title={t('organizations.title')}
      subtitle={t('organizations.subtitle')}
      actions={
        <>
          {total ? (
            <SavedViewsMenu
              scope="companies"
              state={state}
              defaults={DEFAULT_ORGANIZATION_LIST_STATE}
              onApply={setState}
            />
          ) : null}
          <ImportButton />
          <Button variant="default" onClick={() => navigate('/duplicates/companies')}>
            {t('merge.open')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('organizations.new')}
          </Button>
        </>
      }
      error={error}
      total={total}
      shown={rows.length}
      empty={{
        icon: <IconBuildingSkyscraper aria-hidden />,
        title: t('organizations.empty.title'),
        description: t('organizations.empty.description')
      }}
      filteredEmpty={t('organizations.empty.filtered')}
      filters={<OrganizationFilters state={state} onChange={setState} tags={tags} />}
      table={
        <VirtualTable
          label={t('organizations.title')}
          rows={rows}
          columns={columns}
          rowKey={(o) => o.id}
          sort={state.sort}
          onSortChange={(sort) => set('sort', sort as OrganizationListState['sort'])}
          onRowOpen={(o) => navigate(`/companies/${o.id}`)}
          footer={countText(rows.length, total)}
        />
      }
    >
      <OrganizationFormModal
        opened={creating}
        onClose={close}
        onSaved={(o) => navigate(`/companies/${o.id}`)}
      />
    </RecordListLayout>
  )
}
