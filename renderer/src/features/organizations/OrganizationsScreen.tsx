import { useDisclosure } from '@mantine/hooks'
import { IconBuildingSkyscraper } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { RecordListScreen } from '@renderer/components/RecordListScreen'
import { DirectoryActions } from '@renderer/features/directory'
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
    <RecordListScreen
      namespace="organizations"
      icon={<IconBuildingSkyscraper aria-hidden />}
      onNew={open}
      extraActions={
        <DirectoryActions
          scope="companies"
          state={state}
          defaults={DEFAULT_ORGANIZATION_LIST_STATE}
          onApply={setState}
          total={total}
        />
      }
      error={error}
      rows={rows}
      total={total}
      filters={<OrganizationFilters state={state} onChange={setState} tags={tags} />}
      table={{
        columns,
        rowKey: (o) => o.id,
        sort: state.sort,
        onSortChange: (sort) => set('sort', sort as OrganizationListState['sort']),
        onRowOpen: (o) => navigate(`/companies/${o.id}`)
      }}
      countText={countText}
    >
      <OrganizationFormModal
        opened={creating}
        onClose={close}
        onSaved={(o) => navigate(`/companies/${o.id}`)}
      />
    </RecordListScreen>
  )
}
