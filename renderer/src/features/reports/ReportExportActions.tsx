import { Button, Menu } from '@mantine/core'
import { IconCalendarPlus, IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from './useReportExport'

interface ReportExportActionsProps {
  disabled: boolean
  busy: boolean
  onExport: (choice: ExportFormat) => void
  /** The follow-ups report also offers a calendar file. */
  calendar?: { run: () => void; busy: boolean }
}

export function ReportExportActions({ disabled, busy, onExport, calendar }: ReportExportActionsProps) {
  const { t } = useTranslation()
  return (
    <>
      {calendar && (
        <Button
          variant="default"
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          loading={calendar.busy}
          onClick={calendar.run}
        >
          {t('reports.export.ics')}
        </Button>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            disabled={disabled || busy}
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {t('reports.export.csv')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onExport({ format: 'csv', delimiter: ';' })}>
            {t('reports.export.csvSemicolon')}
          </Menu.Item>
          <Menu.Item onClick={() => onExport({ format: 'csv', delimiter: ',' })}>
            {t('reports.export.csvComma')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        disabled={disabled}
        loading={busy}
        onClick={() => onExport({ format: 'xlsx' })}
      >
        {t('reports.export.xlsx')}
      </Button>
    </>
  )
}
