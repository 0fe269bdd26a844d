import { Badge, Button, Card, EmptyState, Group, Stack, Text } from '@mantine/core'
import { IconRestore, IconTrash, IconTrashX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { listTrash, purgeTrashItem, restoreTrashItem, type TrashItem } from '@renderer/db/repositories/trash'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'

function TrashRow({ item }: { item: TrashItem }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const notify = useNotify()
  const label = item.label || t(`trash.kind.${item.kind}`)
  const run = (action: () => Promise<void>, messageKey: string) => async () => {
    try {
      await action()
      notify.success(t(messageKey, { name: label }))
    } catch (error) {
      notify.failure(error)
    }
  }
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Badge color="gray">{t(`trash.kind.${item.kind}`)}</Badge>
          <Text fw={600} size="sm" truncate>
            {label}
          </Text>
        </Group>
        {item.mergedInto !== null && (
          <Text size="xs">{t('merge.mergedInto', { name: item.mergedInto })}</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('trash.deletedOn', { when: format.timestamp(item.deletedAt) })}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRestore size={14} aria-hidden />}
          onClick={run(() => restoreTrashItem(item.kind, item.id), 'trash.restored')}
          aria-label={t('trash.restoreNamed', { name: label })}
        >
          {t('trash.restore')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrashX size={14} aria-hidden />}
          onClick={run(() => purgeTrashItem(item.kind, item.id), 'trash.purged')}
          aria-label={t('trash.purgeNamed', { name: label })}
        >
          {t('trash.purge')}
        </Button>
      </Group>
    </Group>
  )
}

export function TrashScreen() {
  const { t } = useTranslation()
  const { data: items, isLoading, error } = useDbQuery(listTrash, [])
  return (
    <>
      <PageHeader title={t('trash.title')} subtitle={t('trash.subtitle')} />
      {error ? (
        <ErrorState error={error} />
      ) : isLoading || !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState
          mt="xl"
          icon={<IconTrash aria-hidden />}
          title={t('trash.empty.title')}
          description={t('trash.empty.description')}
        />
      ) : (
        <Card withBorder padding="md" maw={960}>
          <Stack
            component="ul"
            gap={0}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('trash.title')}
          >
            {items.map((item) => (
              <TrashRow key={`${item.kind}:${item.id}`} item={item} />
            ))}
          </Stack>
        </Card>
      )}
    </>
  )
}
