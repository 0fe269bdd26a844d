import { Box, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RowIssue } from '@shared/import/rows'
import { VirtualTable, type Column } from '@renderer/components/VirtualTable'

/** Every problem found, by row number and column, in the reader's language. */
export function RowIssuesTable({ issues }: { issues: RowIssue[] }) {
  const { t } = useTranslation()
  const columns = useMemo(
    (): Column<RowIssue>[] => [
      { key: 'row', header: t('import.issues.row'), width: '80px', render: (i) => i.row },
      {
        key: 'column',
        header: t('import.issues.column'),
        width: 'minmax(140px, 1fr)',
        render: (i) => (i.field ? t(`import.fields.${i.field}`) : t('import.issues.wholeRow'))
      },
      {
        key: 'problem',
        header: t('import.issues.problem'),
        width: 'minmax(220px, 3fr)',
        render: (i) => t(i.key)
      }
    ],
    [t]
  )
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('import.issues.help')}
      </Text>
      <Box h={300} style={{ display: 'flex', flexDirection: 'column' }}>
        <VirtualTable
          label={t('import.issues.title')}
          rows={issues}
          columns={columns}
          rowKey={(i) => `${i.row}:${i.field ?? ''}`}
          rowHeight={36}
        />
      </Box>
    </>
  )
}
