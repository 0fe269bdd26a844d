import { Anchor, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { daysInStage } from '@shared/domain/pipeline'
import type { CardModel } from './boardModel'

interface CardBodyProps {
  card: CardModel
  today: string
  /** The drag handle and the "Move to…" menu; absent on the drag overlay's copy. */
  handle?: ReactNode
  menu?: ReactNode
}

/** What a card shows: company, file title, amount and days in stage. */
export function CardBody({ card, today, handle, menu }: CardBodyProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const days = daysInStage(card.file, today)
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
        <Group gap={2} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          {handle}
          <Text size="sm" fw={650} lineClamp={2} title={card.company}>
            {card.company}
          </Text>
        </Group>
        {menu}
      </Group>
      <Anchor
        component={Link}
        to={`/pipeline/${card.file.id}`}
        size="sm"
        lineClamp={2}
        draggable={false}
        c="inherit"
      >
        {card.file.title}
      </Anchor>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {card.amountCents > 0 ? format.money(card.amountCents) : '—'}
        </Text>
        <Text size="xs" c="dimmed" title={t('pipeline.card.daysLong', { count: days })}>
          {t('pipeline.card.days', { count: days })}
        </Text>
      </Group>
    </Stack>
  )
}
