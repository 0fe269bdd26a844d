import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatch } from 'react-router'
import { useCommand } from '@renderer/app/commands'
import { lazyScreen } from '@renderer/components/lazyScreen'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform, type PickedFile } from '@renderer/platform'
import { MAX_VCARD_BYTES } from '@shared/capture/limits'
import { EmailReviewModal } from './EmailReviewModal'
import type { DropTarget } from './emailReviewStore'
import { readDroppedFile } from './readDroppedFiles'
import { useCalendarImport } from './useCaptureImport'
import { useEmailImport } from './useEmailImport'

// the import wizard (and its CSV and spreadsheet readers) loads with the first dropped card
const ImportWizardModal = lazyScreen(() => import('@renderer/features/import'), 'ImportWizardModal')

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true

/**
 * Files dropped anywhere on the window: calendars go to « Rencontres à consigner », messages to
 * the review list, logged with the company or contact whose page is open.
 */
export function CaptureDropHost() {
  const { t } = useTranslation()
  const notify = useNotify()
  // Cards go through the spreadsheet import's wizard (duplicates, one transaction)
  const [cards, setCards] = useState<PickedFile | null>(null)
  const calendar = useCalendarImport()
  const email = useEmailImport()
  const onCompany = useMatch('/companies/:id')?.params.id
  const onContact = useMatch('/contacts/:id')?.params.id
  const target: DropTarget = onContact
    ? { type: 'contact', id: onContact }
    : onCompany
      ? { type: 'organization', id: onCompany }
      : null
  const targetKey = target ? `${target.type}:${target.id}` : ''
  // File menu: main's open dialog, through platform.openFile
  useCommand('import-calendar', () => void calendar.pick())
  useCommand('import-emails', () => void email.pick(target))
  useCommand(
    'import-vcards',
    () =>
      void getPlatform()
        .openFile({ filterName: t('capture.vcard.fileType'), extensions: ['vcf'], maxBytes: MAX_VCARD_BYTES })
        .then((file) => file && setCards(file), notify.failure)
  )

  useEffect(() => {
    const dropTarget: DropTarget = targetKey
      ? { type: targetKey.startsWith('contact') ? 'contact' : 'organization', id: targetKey.split(':')[1] }
      : null
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const drop = async (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return
      event.preventDefault()
      const emails: PickedFile[] = []
      for (const file of Array.from(event.dataTransfer?.files ?? [])) {
        try {
          const { kind, picked } = await readDroppedFile(file)
          if (kind === 'calendar') await calendar.importFile(picked)
          else if (kind === 'email') emails.push(picked)
          else setCards(picked)
        } catch (error) {
          notify.failure(error)
        }
      }
      if (emails.length > 0) await email.review(emails, dropTarget)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [targetKey, calendar, email, notify])

  return (
    <>
      <EmailReviewModal />
      {cards && (
        <Suspense fallback={null}>
          <ImportWizardModal file={cards} onClose={() => setCards(null)} />
        </Suspense>
      )}
    </>
  )
}
