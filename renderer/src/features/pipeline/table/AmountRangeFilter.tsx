import { Group } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MoneyInput } from '@renderer/components/MoneyInput'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatCents, parseOptionalMoney } from '@shared/domain/money'

interface AmountRangeFilterProps {
  minCents: number | null
  maxCents: number | null
  onChange: (range: { minCents: number | null; maxCents: number | null }) => void
}

/** Minimum and maximum amount, applied when the person leaves a field with a valid amount. */
export function AmountRangeFilter({ minCents, maxCents, onChange }: AmountRangeFilterProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const text = (cents: number | null) => (cents === null ? '' : formatCents(cents, language))
  const [min, setMin] = useState(text(minCents))
  const [max, setMax] = useState(text(maxCents))
  const apply = (minText: string, maxText: string) => {
    const low = parseOptionalMoney(minText, language)
    const high = parseOptionalMoney(maxText, language)
    if (low.ok && high.ok) onChange({ minCents: low.cents, maxCents: high.cents })
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <MoneyInput
        aria-label={t('pipeline.filters.minAmount')}
        placeholder={t('pipeline.filters.minAmount')}
        value={min}
        onChange={setMin}
        onBlur={(e) => apply(e.currentTarget.value, max)}
        w={130}
      />
      <MoneyInput
        aria-label={t('pipeline.filters.maxAmount')}
        placeholder={t('pipeline.filters.maxAmount')}
        value={max}
        onChange={setMax}
        onBlur={(e) => apply(min, e.currentTarget.value)}
        w={130}
      />
    </Group>
  )
}
