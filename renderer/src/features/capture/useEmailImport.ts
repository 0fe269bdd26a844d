import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform, type PickedFile } from '@renderer/platform'
import type { CapturedEmail } from '@shared/capture/email'
import { MAX_EMAIL_BYTES } from '@shared/capture/limits'
import { emailReview, type DropTarget } from './emailReviewStore'

/** Read messages (each bad file reported on its own) and open the review list with the good ones. */
export function useEmailImport() {
  const { t } = useTranslation()
  const notify = useNotify()
  const review = useCallback(
    async (files: PickedFile[], target: DropTarget) => {
      const emails: CapturedEmail[] = []
      for (const file of files) {
        try {
          // the message readers load with the first message, not with every start of the app
          const { parseMessageFile } = await import('@shared/capture/messageFile')
          emails.push(await parseMessageFile(file.bytes))
        } catch (error) {
          notify.failure(error)
        }
      }
      if (emails.length > 0) emailReview.open(emails, target)
    },
    [notify]
  )
  const pick = useCallback(
    async (target: DropTarget = null) => {
      const file = await getPlatform().openFile({
        filterName: t('capture.fileTypes.email'),
        extensions: ['eml', 'msg'],
        maxBytes: MAX_EMAIL_BYTES
      })
      if (file) await review([file], target)
    },
    [review, t]
  )
  return { review, pick }
}
