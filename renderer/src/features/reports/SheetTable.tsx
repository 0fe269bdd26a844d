import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { VirtualTable, type Column } from '@renderer/components/VirtualTable'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { CellValue, ColumnType, Sheet } from '@shared/reports/types'

type Format = ReturnType<typeof useFormatters>

/**
 * A column's least width on screen, from its width in spreadsheet characters: never less than a
 * whole date, nor than the longest word of its heading (uppercase headings ran into each other).
 */
export function columnPixels(column: { width: number; type: ColumnType; header: string }): number {
  // "2 nov. 2026, 14 h 30" is longer on screen than "2026-11-02 14:30" in a spreadsheet
  const least = column.type === 'datetime' ? 190 : column.type === 'date' ? 124 : 96
  const longestWord = Math.max(...column.header.split(/\s+/).map((word) => word.length))
  return Math.max(least, Math.round(column.width * 8), longestWord * 9 + 28)
}

function cellText(value: CellValue, type: ColumnType, format: Format): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (type === 'money') return format.money(value)
    if (type === 'percent') return format.percent(value)
    return format.number(value)
  }
  if (type === 'date') return format.date(value)
  if (type === 'datetime') return format.timestamp(value)
  return value
}

/** A report sheet as the app shows it: virtualised, dates and money in the reader's conventions. */
export function SheetTable({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const columns = useMemo((): Column<number>[] => {
    return sheet.columns.map((c, i) => ({
      key: String(i),
      header: c.header,
      width: `minmax(${columnPixels(c)}px, ${c.width}fr)`,
      render: (row) => {
        const text = cellText(sheet.rows[row][i], c.type, format)
        return <span title={text}>{text}</span>
      }
    }))
  }, [sheet, format])
  const rows = useMemo(() => sheet.rows.map((_, i) => i), [sheet])
  return (
    <VirtualTable
      label={sheet.name}
      rows={rows}
      columns={columns}
      rowKey={String}
      rowHeight={38}
      footer={t('reports.preview.rows', { count: rows.length, formatted: format.number(rows.length) })}
    />
  )
}
