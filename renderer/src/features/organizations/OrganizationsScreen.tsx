import { useDisclosure } from '@mantine/hooks'
import { IconBuildingSkyscraper } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { RecordListScreen } from '@renderer/components/RecordListScreen'
import { DirectoryActions } from '@renderer/features/directory'
import { useIdleAfter } from '@renderer/hooks/useIdleAfter'
import { useListScreen } from '@renderer/hooks/useListScreen'
import { usePaintedOnce } from '@renderer/hooks/usePaintedOnce'
import {
  DEFAULT_ORGANIZATION_LIST_STATE,
  filterOrganizations,
  type OrganizationListState
} from '@shared/domain/list-filters'
import { OrganizationFilters } from './OrganizationFilters'
import { OrganizationFormModal } from './OrganizationFormModal'
import { useOrganizationsList, useOrganizationTags } from './useOrganizations'
import { useOrganizationColumns } from './useOrganizationColumns'

const FACETS_WITHIN_MS = 300

export function OrganizationsScreen() {
  const navigate = useNavigate()
  const [creating, { open, close }] = useDisclosure()
  const { state, setState, set, countText } = useListScreen<OrganizationListState>(
    'organizations',
    'relais.companies.list',
    DEFAULT_ORGANIZATION_LIST_STATE
  )
  const { data: organizations, error } = useOrganizationsList()
  const tags = useOrganizationTags().data ?? []
  const columns = useOrganizationColumns()
  const rows = useMemo(
    () => (organizations ? filterOrganizations(organizations, state) : []),
    [organizations, state]
  )
  const total = organizations?.length
  // the rows come first: the filters' comboboxes and the saved-views menu at the first idle moment
  // after their frame
  const rowsPainted = usePaintedOnce(total !== undefined)
  const facetsReady = useIdleAfter(rowsPainted, FACETS_WITHIN_MS)

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
          ready={facetsReady}
        />
      }
      error={error}
      rows={rows}
      total={total}
      filters={<OrganizationFilters state={state} onChange={setState} tags={tags} ready={facetsReady} />}
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
