import { Button } from '@mantine/core'
import { IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RecordListLayout } from '@renderer/components/RecordListLayout'
import { VirtualTable } from '@renderer/components/VirtualTable'
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
  const { t } = useTranslation()
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
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({})}>
      {t('introductions.new')}
    </Button>
  )

  return (
    <RecordListLayout
      title={t('introductions.title')}
      subtitle={t('introductions.subtitle')}
      actions={newButton}
      error={error}
      total={total}
      shown={rows.length}
      empty={{
        icon: <IconUsersGroup aria-hidden />,
        title: t('introductions.empty.title'),
        description: t('introductions.empty.description')
      }}
      filteredEmpty={t('introductions.empty.filtered')}
      filters={
        <IntroductionFilters
          state={state}
          onChange={setState}
          fruitful={data ? fruitfulThisYear(data.introductions, today) : 0}
        />
      }
      table={
        <VirtualTable
          label={t('introductions.title')}
          rows={rows}
          columns={columns}
          rowKey={(i) => i.id}
          rowHeight={64}
          onRowOpen={(introduction) => setEditing({ introduction })}
          footer={countText(rows.length, total)}
        />
      }
    >
      <IntroductionFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        introduction={editing?.introduction}
      />
    </RecordListLayout>
  )
}
