import { Button, EmptyState, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from './ErrorState'
import { LoadingState } from './LoadingState'
import { PageHeader } from './PageHeader'
import { VirtualTable, type VirtualTableProps } from './VirtualTable'

interface RecordListScreenProps<T> {
  /** The catalogue namespace holding title, subtitle, new, empty.{title,description,filtered}. */
  namespace: string
  icon: ReactNode
  onNew: () => void
  /** Shown before the « new » button, in the header and in the empty state. */
  extraActions?: ReactNode
  error: unknown
  /** The filtered rows. */
  rows: T[]
  /** Records before filtering; undefined while loading. */
  total: number | undefined
  filters: ReactNode
  table: Omit<VirtualTableProps<T>, 'label' | 'rows' | 'footer'>
  countText: (shown: number, total: number | undefined) => string
  children?: ReactNode
}

/** A full-height list screen: header and actions, filters, then the table, or the right empty or loading state. */
export function RecordListScreen<T>(props: RecordListScreenProps<T>) {
  const { namespace, icon, onNew, extraActions, error, rows, total, filters, table, countText, children } =
    props
  const { t } = useTranslation()
  const title = t(`${namespace}.title`)
  const actions = (
    <>
      {extraActions}
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
        {t(`${namespace}.new`)}
      </Button>
    </>
  )
  const body = () => {
    if (error) return <ErrorState error={error} />
    if (total === undefined) return <LoadingState />
    if (total === 0) {
      return (
        <EmptyState
          icon={icon}
          title={t(`${namespace}.empty.title`)}
          description={t(`${namespace}.empty.description`)}
          mt="xl"
        >
          <Group justify="center" gap="sm">
            {actions}
          </Group>
        </EmptyState>
      )
    }
    return (
      <>
        {filters}
        {rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl" role="status">
            {t(`${namespace}.empty.filtered`)}
          </Text>
        ) : (
          <VirtualTable label={title} rows={rows} footer={countText(rows.length, total)} {...table} />
        )}
      </>
    )
  }
  return (
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader title={title} subtitle={t(`${namespace}.subtitle`)} actions={actions} />
      {body()}
      {children}
    </Stack>
  )
}
