import { EmptyState, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorState } from './ErrorState'
import { LoadingState } from './LoadingState'
import { PageHeader } from './PageHeader'

interface RecordListLayoutProps {
  title: string
  subtitle: string
  actions: ReactNode
  error: unknown
  /** Records before filtering; undefined while loading. */
  total: number | undefined
  shown: number
  empty: { icon: ReactNode; title: string; description: string }
  filteredEmpty: string
  filters: ReactNode
  table: ReactNode
  children?: ReactNode
}

/** A full-height list screen: header, filters, then the table, or the right empty or loading state. */
export function RecordListLayout(props: RecordListLayoutProps) {
  const { title, subtitle, actions, error, total, shown, empty, filteredEmpty, filters, table, children } =
    props
  const body = () => {
    if (error) return <ErrorState error={error} />
    if (total === undefined) return <LoadingState />
    if (total === 0) {
      return (
        <EmptyState icon={empty.icon} title={empty.title} description={empty.description} mt="xl">
          {actions}
        </EmptyState>
      )
    }
    return (
      <>
        {filters}
        {shown === 0 ? (
          <Text c="dimmed" ta="center" py="xl" role="status">
            {filteredEmpty}
          </Text>
        ) : (
          table
        )}
      </>
    )
  }
  return (
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {body()}
      {children}
    </Stack>
  )
}
