// « Doublons possibles »: the pairs the rules propose, each with why; « Fusionner » opens the side
// by side merge, « Pas un doublon » hides the pair for good.
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { PageHeader } from '@renderer/components/PageHeader'
import { listContacts } from '@renderer/db/repositories/contacts'
import {
  listContactPairs,
  listOrganizationPairs,
  markNotDuplicate
} from '@renderer/db/repositories/duplicates'
import { listOrganizations } from '@renderer/db/repositories/organizations'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useNotify } from '@renderer/hooks/useNotify'
import type { DuplicatePair } from '@shared/merge/duplicates'
import { MergeModal } from './MergeModal'
import { recordName, type AnyRecord } from './recordName'

async function loadPairs(entity: 'organization' | 'contact') {
  const [pairs, records] =
    entity === 'organization'
      ? await Promise.all([listOrganizationPairs(), listOrganizations()])
      : await Promise.all([listContactPairs(), listContacts()])
  return { pairs, byId: new Map(records.map((r) => [r.id, r as unknown as AnyRecord])) }
}

export function DuplicatesScreen() {
  const { t } = useTranslation()
  const notify = useNotify()
  const entity = useParams().entity === 'contacts' ? 'contact' : 'organization'
  const { data } = useDbQuery(() => loadPairs(entity), [entity])
  const [merging, setMerging] = useState<DuplicatePair | null>(null)

  const dismiss = (pair: DuplicatePair) =>
    void markNotDuplicate(entity, pair.firstId, pair.secondId).catch(notify.failure)

  const record = (id: string) => data?.byId.get(id)
  return (
    <Stack>
      <PageHeader title={t(`merge.title.${entity}`)} subtitle={t('merge.subtitle')} />
      {data && data.pairs.length === 0 ? <Text>{t('merge.none')}</Text> : null}
      {data?.pairs.map((pair) => {
        const first = record(pair.firstId)
        const second = record(pair.secondId)
        if (!first || !second) return null
        const names = { first: recordName(first), second: recordName(second) }
        return (
          <Card
            key={`${pair.firstId}|${pair.secondId}`}
            withBorder
            component="section"
            aria-label={t('merge.pairLabel', names)}
          >
            <Group justify="space-between">
              <Stack gap={4}>
                <Text fw={600}>{t('merge.pairLabel', names)}</Text>
                <Group gap={4}>
                  {pair.reasons.map((reason) => (
                    <Badge key={reason} variant="light">
                      {t(`merge.reason.${reason}`)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
              <Group>
                <Button variant="default" onClick={() => dismiss(pair)}>
                  {t('merge.notDuplicate')}
                </Button>
                <Button onClick={() => setMerging(pair)}>{t('merge.merge')}</Button>
              </Group>
            </Group>
          </Card>
        )
      })}
      {merging && record(merging.firstId) && record(merging.secondId) ? (
        <MergeModal
          entity={entity}
          kept={record(merging.firstId)!}
          other={record(merging.secondId)!}
          nameOf={recordName}
          onClose={() => setMerging(null)}
        />
      ) : null}
    </Stack>
  )
}
