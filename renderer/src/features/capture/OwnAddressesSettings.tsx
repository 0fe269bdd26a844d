import { Button, Group, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { setSetting } from '@renderer/db/repositories/settings'
import { SettingRow } from '@renderer/components/SettingRow'
import { useSetting } from '@renderer/hooks/useSetting'
import { useNotify } from '@renderer/hooks/useNotify'

const splitAddresses = (text: string) =>
  [...new Set(text.split(/[,;\s]+/).map((a) => a.trim().toLowerCase()))].filter(Boolean)

function AddressesField({ saved }: { saved: string[] }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [text, setText] = useState(saved.join(', '))
  const save = () =>
    setSetting('ownAddresses', splitAddresses(text))
      .then(() => notify.success(t('capture.settings.saved')))
      .catch(notify.failure)
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        label={t('capture.settings.ownAddresses')}
        w={360}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
      />
      <Button variant="light" onClick={() => void save()}>
        {t('common.save')}
      </Button>
    </Group>
  )
}

/** Settings › Calendar and e-mail: the officer's own addresses, left out of captured meetings. */
export function OwnAddressesSettings() {
  const { t } = useTranslation()
  const saved = useSetting('ownAddresses')
  return (
    <SectionCard title={t('capture.settings.title')}>
      <SettingRow
        title={t('capture.settings.ownAddresses')}
        description={t('capture.settings.ownAddressesHint')}
        control={saved !== undefined && <AddressesField key={saved.join(',')} saved={saved} />}
      />
    </SectionCard>
  )
}
