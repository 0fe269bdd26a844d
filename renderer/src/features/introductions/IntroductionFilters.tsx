import { Badge, MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FilterBar } from '@renderer/components/FilterBar'
import type { IntroductionListState } from '@shared/domain/introductions'
import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  type IntroductionOutcome,
  type IntroductionStatus
} from '@shared/schemas'

interface IntroductionFiltersProps {
  state: IntroductionListState
  onChange: (state: IntroductionListState) => void
  fruitful: number
}

export function IntroductionFilters({ state, onChange, fruitful }: IntroductionFiltersProps) {
  const { t } = useTranslation()
  return (
    <FilterBar
      queryLabel={t('introductions.search')}
      query={state.query}
      onQueryChange={(query) => onChange({ ...state, query })}
      queryWidth={320}
    >
      <MultiSelect
        aria-label={t('introductions.fields.statuses')}
        placeholder={t('introductions.fields.statuses')}
        data={INTRODUCTION_STATUSES.map((s) => ({ value: s, label: t(`introductions.status.${s}`) }))}
        value={state.statuses}
        onChange={(v) => onChange({ ...state, statuses: v as IntroductionStatus[] })}
        clearable
        w={240}
      />
      <MultiSelect
        aria-label={t('introductions.fields.outcomes')}
        placeholder={t('introductions.fields.outcomes')}
        data={INTRODUCTION_OUTCOMES.map((o) => ({ value: o, label: t(`introductions.outcome.${o}`) }))}
        value={state.outcomes}
        onChange={(v) => onChange({ ...state, outcomes: v as IntroductionOutcome[] })}
        clearable
        w={240}
      />
      <Badge size="lg" variant="light" color="teal" ml="auto" role="status" tt="none">
        {t('introductions.fruitful', { count: fruitful })}
      </Badge>
    </FilterBar>
  )
}
