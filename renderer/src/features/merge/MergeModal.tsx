// Side by side: each field's two values, the fuller one preselected; the officer picks, then merges.
import { Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CONTACT_MERGE_FIELDS, ORGANIZATION_MERGE_FIELDS, preselect, type Side } from '@shared/merge/plan'
import { useMerge, type MergeEntity } from './useMerge'

type AnyRecord = { id: string } & Record<string, unknown>

interface MergeModalProps {
  entity: MergeEntity
  kept: AnyRecord
  other: AnyRecord
  nameOf: (record: AnyRecord) => string
  onClose: () => void
  onMerged?: () => void
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'object' && 'level' in value) return String((value as { level: string }).level)
  return String(value)
}

export function MergeModal({ entity, kept, other, nameOf, onClose, onMerged }: MergeModalProps) {
  const { t } = useTranslation()
  const merge = useMerge()
  const fields: readonly string[] =
    entity === 'organization' ? ORGANIZATION_MERGE_FIELDS : CONTACT_MERGE_FIELDS
  const [choices, setChoices] = useState<Record<string, Side>>(() => preselect(kept, other, fields))
  const [busy, setBusy] = useState(false)
  const differing = fields.filter((f) => shown(kept[f]) !== shown(other[f]))

  const submit = async () => {
    setBusy(true)
    const done = await merge({
      entity,
      keptId: kept.id,
      otherId: other.id,
      otherName: nameOf(other),
      choices
    })
    setBusy(false)
    if (done) {
      onClose()
      onMerged?.()
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('merge.modalTitle', { kept: nameOf(kept), other: nameOf(other) })}
    >
      <Stack>
        <Text size="sm">{t('merge.explain', { kept: nameOf(kept), other: nameOf(other) })}</Text>
        {differing.length === 0 ? (
          <Text size="sm">{t('merge.sameValues')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('merge.field')}</Table.Th>
                <Table.Th>{nameOf(kept)}</Table.Th>
                <Table.Th>{nameOf(other)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differing.map((field) => (
                <Table.Tr key={field}>
                  <Table.Td>{t(`fields.${field}`)}</Table.Td>
                  {(['kept', 'other'] as const).map((side) => {
                    const value = shown((side === 'kept' ? kept : other)[field])
                    return (
                      <Table.Td key={side}>
                        <Radio
                          name={field}
                          label={value}
                          aria-label={t('merge.choice', { field: t(`fields.${field}`), value })}
                          checked={choices[field] === side}
                          onChange={() => setChoices((c) => ({ ...c, [field]: side }))}
                        />
                      </Table.Td>
                    )
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" c="dimmed">
          {t('merge.united')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()}>
            {t('merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
