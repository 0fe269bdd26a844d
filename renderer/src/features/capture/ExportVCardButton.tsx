import { Button } from '@mantine/core'
import { IconAddressBook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { getOrganization } from '@renderer/db/repositories/organizations'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'
import type { Contact } from '@shared/schemas'

const fileName = (name: string) => `${name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'contact'}.vcf`

/** A contact as a vCard 4.0 file for the officer's phone: main's save dialog, or a download. */
export function ExportVCardButton({ contact, name }: { contact: Contact; name: string }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const { busy, run } = useBusyAction()
  const save = () =>
    run(async () => {
      const organization = contact.organizationId ? await getOrganization(contact.organizationId) : undefined
      // the vCard writer (ical.js) loads with the first export, not with every start
      const { buildVCards } = await import('@shared/capture/vcardExport')
      const content = buildVCards([{ ...contact, organization: organization?.name ?? '' }])
      const result = await getPlatform().saveFile({
        suggestedName: fileName(name),
        filterName: t('capture.vcard.fileType'),
        extensions: ['vcf'],
        mimeType: 'text/vcard;charset=utf-8',
        content
      })
      if (result.saved)
        notify.success(t('capture.vcard.exported', { name: result.fileName ?? fileName(name) }))
    })
  return (
    <Button
      variant="default"
      leftSection={<IconAddressBook size={16} aria-hidden />}
      loading={busy}
      onClick={() => void save()}
    >
      {t('capture.vcard.export')}
    </Button>
  )
}
