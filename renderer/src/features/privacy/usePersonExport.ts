import { useTranslation } from 'react-i18next'
import { accessAnswer, logAccessExport } from '@renderer/db/repositories/privacy'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'
import { personJson } from './personJson'
import { personSheets } from './personSheets'

/** "Export everything about this person" as XLSX or JSON, written in the register once saved. */
export function usePersonExport(contactId: string, fileStem: string) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const { busy, run } = useBusyAction()
  const save = async (format: 'xlsx' | 'json') => {
    const file = await accessAnswer(contactId)
    const suggestedName = `${fileStem}.${format}`
    const result =
      format === 'xlsx'
        ? await getPlatform().exportReport({
            format: 'xlsx',
            suggestedName,
            language: i18n.language === 'en' ? 'en' : 'fr',
            delimiter: ';',
            sheets: personSheets(file, t)
          })
        : await getPlatform().saveFile({
            suggestedName,
            filterName: 'JSON',
            extensions: ['json'],
            mimeType: 'application/json',
            content: personJson(file)
          })
    if (!result.saved) return
    await logAccessExport(file, format)
    notify.success(t('privacy.card.exported', { fileName: result.fileName ?? suggestedName }))
  }
  return { busy, run: (format: 'xlsx' | 'json') => run(() => save(format)) }
}
