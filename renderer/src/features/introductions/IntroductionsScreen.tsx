import { IconUsersGroup } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { RecordListScreen } from '@renderer/components/RecordListScreen'
import { useToday } from '@renderer/hooks/useToday'
import { useListScreen } from '@renderer/hooks/useListScreen'
import {
  DEFAULT_INTRODUCTION_LIST_STATE,
  filterIntroductions,
  fruitfulThisYear,
  type IntroductionListState
} from '@shared/domain/introductions'
import type { Introduction } from '@shared/schemas'
import { IntroductionFilters } from './IntroductionFilters'
import { IntroductionFormModal } from './IntroductionFormModal'
import { introductionNamesText } from './IntroductionPeople'
import { useIntroductionColumns } from './useIntroductionColumns'
import { useIntroductionsView } from './useIntroductions'

type Editing = { introduction?: Introduction } | null

export function IntroductionsScreen() {
  const today = useToday()
  const [editing, setEditing] = useState<Editing>(null)
  const { state, setState, countText } = useListScreen<IntroductionListState>(
    'introductions',
    'relais.introductions.list',
    DEFAULT_INTRODUCTION_LIST_STATE
  )
  const { data, error } = useIntroductionsView()
  const columns = useIntroductionColumns(data)
  const rows = useMemo(() => {
    if (!data) return []
    return filterIntroductions(data.introductions, state, (i) => {
      const companies = [i.personAId, i.personBId].map((id) => {
        const organizationId = data.contacts.get(id)?.organizationId
        return organizationId ? (data.organizations.get(organizationId)?.name ?? '') : ''
      })
      return [...introductionNamesText(i, data), ...companies]
    })
  }, [data, state])
  const total = data?.introductions.length
  return (
    <RecordListScreen
      namespace="introductions"
      icon={<IconUsersGroup aria-hidden />}
      onNew={() => setEditing({})}
      error={error}
      rows={rows}
      total={total}
      filters={
        <IntroductionFilters
          state={state}
          onChange={setState}
          fruitful={data ? fruitfulThisYear(data.introductions, today) : 0}
        />
      }
      table={{
        columns,
        rowKey: (i) => i.id,
        rowHeight: 64,
        onRowOpen: (introduction) => setEditing({ introduction })
      }}
      countText={countText}
    >
      <IntroductionFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        introduction={editing?.introduction}
      />
    </RecordListScreen>
  )
}
