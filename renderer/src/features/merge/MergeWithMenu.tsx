// A record page's « … » menu: « Fusionner avec… » picks the duplicate, then the side by side merge
// keeps the record on screen.
import { ActionIcon, Menu } from '@mantine/core'
import { IconArrowMerge, IconDots } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getContact } from '@renderer/db/repositories/contacts'
import { getOrganization } from '@renderer/db/repositories/organizations'
import { useNotify } from '@renderer/hooks/useNotify'
import { AppError } from '@shared/errors'
import { recordName } from './recordName'
import { MergeModal } from './MergeModal'
import { MergePicker } from './MergePicker'
import type { MergeEntity } from './useMerge'

type AnyRecord = { id: string } & Record<string, unknown>

interface MergeWithMenuProps {
  entity: MergeEntity
  record: { id: string }
  name: string
}

async function loadRecord(entity: MergeEntity, id: string): Promise<AnyRecord> {
  const record = entity === 'organization' ? await getOrganization(id) : await getContact(id)
  if (!record) throw new AppError('errors.notFound')
  return record as unknown as AnyRecord
}

export function MergeWithMenu({ entity, record, name }: MergeWithMenuProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [picking, setPicking] = useState(false)
  const [pair, setPair] = useState<{ kept: AnyRecord; other: AnyRecord } | null>(null)

  const pick = async (otherId: string) => {
    try {
      // Both read now: the page's copy may be older than the merge needs
      const [kept, other] = await Promise.all([loadRecord(entity, record.id), loadRecord(entity, otherId)])
      setPicking(false)
      setPair({ kept, other })
    } catch (error) {
      notify.failure(error)
    }
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('merge.moreActions', { name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconArrowMerge size={14} aria-hidden />} onClick={() => setPicking(true)}>
            {t('merge.with')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {picking ? (
        <MergePicker
          entity={entity}
          keptId={record.id}
          keptName={name}
          onPick={(id) => void pick(id)}
          onClose={() => setPicking(false)}
        />
      ) : null}
      {pair ? (
        <MergeModal
          entity={entity}
          kept={pair.kept}
          other={pair.other}
          nameOf={recordName}
          onClose={() => setPair(null)}
        />
      ) : null}
    </>
  )
}
