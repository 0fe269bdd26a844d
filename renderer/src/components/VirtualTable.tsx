// A table of thousands of rows that renders only what is visible. To assistive technology it is
// a table (roles table, row, columnheader, cell) with aria-rowcount and aria-rowindex.
import { Box, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, type ReactElement, type ReactNode } from 'react'
import classes from './VirtualTable.module.css'

export interface Column<T> {
  key: string
  header: string
  /** CSS grid track, e.g. "minmax(220px, 2fr)". */
  width: string
  render: (row: T) => ReactNode
  sortable?: boolean
}

export interface SortState {
  key: string
  direction: 'asc' | 'desc'
}

export interface VirtualTableProps<T> {
  label: string
  rows: T[]
  columns: Column<T>[]
  rowKey: (row: T) => string
  sort?: SortState
  onSortChange?: (sort: SortState) => void
  onRowOpen?: (row: T) => void
  rowHeight?: number
  footer?: ReactNode
  /** A totals row under the rows, aligned with the columns (cells by column key). */
  totals?: Partial<Record<string, ReactNode>>
}

function SortIcon({ state }: { state: 'asc' | 'desc' | null }) {
  if (state === 'asc') return <IconArrowUp size={14} aria-hidden />
  if (state === 'desc') return <IconArrowDown size={14} aria-hidden />
  return <IconArrowsSort size={14} aria-hidden opacity={0.4} />
}

interface VirtualRowProps<T> {
  row: T
  index: number
  start: number
  height: number
  template: string
  columns: Column<T>[]
  open?: (row: T) => void
}

// Memoised by record: a scroll step renders only the rows that enter the window, not every row
// still on screen (each row is 8 or so cells of links, badges and formatted dates)
const VirtualRow = memo(function VirtualRow<T>({
  row,
  index,
  start,
  height,
  template,
  columns,
  open
}: VirtualRowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      style={{ gridTemplateColumns: template, height, transform: `translateY(${start}px)` }}
      onDoubleClick={open ? () => open(row) : undefined}
    >
      {columns.map((column) => (
        <div key={column.key} role="cell" className={classes.cell}>
          {column.render(row)}
        </div>
      ))}
    </div>
  )
}) as <T>(props: VirtualRowProps<T>) => ReactElement

export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  sort,
  onSortChange,
  onRowOpen,
  rowHeight = 44,
  footer,
  totals
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12
  })
  const template = useMemo(() => columns.map((c) => c.width).join(' '), [columns])
  // One handler for every row, whatever the caller passes on each render, so rows stay memoised
  const latestOpen = useRef(onRowOpen)
  useEffect(() => {
    latestOpen.current = onRowOpen
  })
  const open = useCallback((row: T) => latestOpen.current?.(row), [])

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + (totals ? 2 : 1)}
      className={classes.table}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={classes.header}
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((column) => {
            const state = sort?.key === column.key ? sort.direction : null
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : 'none'}
                className={classes.headerCell}
              >
                {column.sortable && onSortChange ? (
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={() =>
                      onSortChange({ key: column.key, direction: state === 'asc' ? 'desc' : 'asc' })
                    }
                  >
                    <Text span size="xs" fw={600} tt="uppercase">
                      {column.header}
                    </Text>
                    <SortIcon state={state} />
                  </UnstyledButton>
                ) : (
                  <Text span size="xs" fw={600} tt="uppercase">
                    {column.header}
                  </Text>
                )}
              </div>
            )
          })}
        </div>
      </div>
      <div ref={scrollRef} className={classes.scroller} data-testid="virtual-table-scroller">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            return (
              <VirtualRow
                key={rowKey(row)}
                row={row}
                index={item.index}
                start={item.start}
                height={item.size}
                template={template}
                columns={columns}
                open={onRowOpen ? open : undefined}
              />
            )
          })}
        </div>
      </div>
      {totals && (
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={rows.length + 2}
            className={classes.totals}
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((column) => (
              <div key={column.key} role="cell" className={classes.cell}>
                {totals[column.key]}
              </div>
            ))}
          </div>
        </div>
      )}
      {footer && <div className={classes.footer}>{footer}</div>}
    </Box>
  )
}
