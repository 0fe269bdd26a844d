import { Button } from '@mantine/core'
import { IconAddressBook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'
import { todayDate } from '@shared/domain/dates'
import type { Contact } from '@shared/schemas'

/**
 * Every contact the list shows (its filters, or the saved view applied) as one vCard 4.0 file for
 * the officer's phone: main's save dialog, or a download in browser mode.
 */
export function ExportVCardsButton({
  contacts,
  organizationNames
}: {
  contacts: readonly Contact[]
  organizationNames: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation()
  const notify = useNotify()
  const { busy, run } = useBusyAction()
  const save = () =>
    run(async () => {
      const suggestedName = `${t('capture.vcard.listFile')}-${todayDate()}.vcf`
      // the vCard writer (ical.js) loads with the first export, not with every start
      const { buildVCards } = await import('@shared/capture/vcardExport')
      const content = buildVCards(
        contacts.map((c) => ({ ...c, organization: organizationNames.get(c.organizationId ?? '') ?? '' }))
      )
      const result = await getPlatform().saveFile({
        suggestedName,
        filterName: t('capture.vcard.fileType'),
        extensions: ['vcf'],
        mimeType: 'text/vcard;charset=utf-8',
        content
      })
      if (result.saved)
        notify.success(
          t('capture.vcard.exportedList', { count: contacts.length, name: result.fileName ?? suggestedName })
        )
    })
  return (
    <Button
      variant="default"
      leftSection={<IconAddressBook size={16} aria-hidden />}
      loading={busy}
      disabled={contacts.length === 0}
      onClick={() => void save()}
    >
      {t('capture.vcard.exportList', { count: contacts.length })}
    </Button>
  )
}
