import { Box, Tabs, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Sheet } from '@shared/reports/types'
import { columnPixels, SheetTable } from './SheetTable'

interface ReportPreviewProps {
  sheets: Sheet[]
  shown: number
  onShow: (index: number) => void
}

/** The report's tables, one tab each, the chosen one below as a table. */
export function ReportPreview({ sheets, shown, onShow }: ReportPreviewProps) {
  const { t } = useTranslation()
  const sheet = sheets[shown] ?? sheets[0]
  const minWidth = sheet.columns.reduce((sum, c) => sum + columnPixels(c), 0) + 32
  return (
    <>
      {sheets.length > 1 && (
        <Tabs value={String(shown)} onChange={(value) => onShow(Number(value ?? 0))} mb="sm">
          <Tabs.List aria-label={t('reports.tables.label')}>
            {sheets.map((s, i) => (
              <Tabs.Tab key={s.name} value={String(i)}>
                {s.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {sheet.rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" role="status">
          {t('reports.preview.empty')}
        </Text>
      ) : (
        // A region that scrolls sideways takes focus, so the keyboard can scroll it too.
        <Box
          role="region"
          aria-label={sheet.name}
          tabIndex={0}
          style={{ flex: 1, minHeight: 0, display: 'flex', overflowX: 'auto' }}
        >
          <Box style={{ flex: 1, minWidth, display: 'flex', flexDirection: 'column' }}>
            <SheetTable sheet={sheet} />
          </Box>
        </Box>
      )}
    </>
  )
}
