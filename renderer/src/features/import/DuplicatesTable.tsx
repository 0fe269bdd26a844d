import { Box, Group, SegmentedControl, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Duplicate } from '@shared/import/duplicates'
import { allowedChoices, DUPLICATE_CHOICES, type DuplicateChoice } from '@shared/import/plan'
import { VirtualTable, type Column } from '@renderer/components/VirtualTable'

interface DuplicateRow {
  row: number
  duplicates: Duplicate[]
}

interface DuplicatesTableProps {
  duplicates: Duplicate[]
  choices: ReadonlyMap<number, DuplicateChoice>
  defaultChoice: DuplicateChoice
  onChoice: (row: number, choice: DuplicateChoice) => void
  onAll: (choice: DuplicateChoice) => void
}

function isChoice(value: string): value is DuplicateChoice {
  return DUPLICATE_CHOICES.some((c) => c === value)
}

/** Rows that repeat a record, each with skip / complete / create, and one control for them all. */
export function DuplicatesTable({
  duplicates,
  choices,
  defaultChoice,
  onChoice,
  onAll
}: DuplicatesTableProps) {
  const { t } = useTranslation()
  const rows = useMemo(() => {
    const byRow = new Map<number, Duplicate[]>()
    for (const d of duplicates) byRow.set(d.row, [...(byRow.get(d.row) ?? []), d])
    return [...byRow].map(([row, list]): DuplicateRow => ({ row, duplicates: list }))
  }, [duplicates])
  const describe = (d: Duplicate) =>
    `${t(`import.duplicates.parts.${d.part}`)} : ${
      d.existing
        ? t(`import.duplicates.reasons.${d.fileLabel ? 'neqOtherName' : d.reason}`, {
            label: d.existing.label,
            fileLabel: d.fileLabel
          })
        : t(`import.duplicates.reasons.${d.reason === 'person' ? 'personInFile' : 'emailInFile'}`, {
            row: d.sameAsRow
          })
    }`
  const choiceData = (allowed: readonly DuplicateChoice[]) =>
    DUPLICATE_CHOICES.map((c) => ({
      value: c,
      label: t(`import.duplicates.choices.${c}`),
      disabled: !allowed.includes(c)
    }))
  const columns: Column<DuplicateRow>[] = [
    { key: 'row', header: t('import.duplicates.row'), width: '70px', render: (r) => r.row },
    {
      key: 'what',
      header: t('import.duplicates.what'),
      width: 'minmax(240px, 3fr)',
      render: (r) => r.duplicates.map(describe).join(' · ')
    },
    {
      key: 'choice',
      header: t('import.duplicates.choice'),
      width: 'minmax(250px, 2fr)',
      render: (r) => (
        <SegmentedControl
          size="xs"
          aria-label={t('import.duplicates.choiceFor', { row: r.row })}
          value={choices.get(r.row) ?? defaultChoice}
          onChange={(value) => isChoice(value) && onChoice(r.row, value)}
          data={choiceData(
            r.duplicates.every((d) => d.reason === 'neq')
              ? allowedChoices(r.duplicates[0])
              : DUPLICATE_CHOICES
          )}
        />
      )
    }
  ]
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('import.duplicates.help')}
      </Text>
      <Group gap="sm" mb="xs">
        <Text size="sm" fw={500}>
          {t('import.duplicates.forAll')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('import.duplicates.forAll')}
          value={defaultChoice}
          onChange={(value) => isChoice(value) && onAll(value)}
          data={choiceData(DUPLICATE_CHOICES)}
        />
      </Group>
      <Box h={300} style={{ display: 'flex', flexDirection: 'column' }}>
        <VirtualTable
          label={t('import.duplicates.title')}
          rows={rows}
          columns={columns}
          rowKey={(r) => String(r.row)}
          rowHeight={44}
        />
      </Box>
    </>
  )
}
