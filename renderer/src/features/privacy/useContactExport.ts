import { useTranslation } from 'react-i18next'
import { accessAnswer, logAccessExport } from '@renderer/db/repositories/privacy'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'
import { contactJson } from './contactJson'
import { contactSheets } from './contactSheets'

/** "Export everything about this person" as XLSX or JSON, written in the register once saved. */
export function useContactExport(contactId: string, fileStem: string) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const { busy, run } = useBusyAction()
  const save = async (format: 'xlsx' | 'json') => {
    const file = await accessAnswer(contactId)
    const suggestedName = `${fileStem}.${format}`
    const language = i18n.language === 'en' ? 'en' : 'fr'
    const result =
      format === 'xlsx'
        ? await getPlatform().exportReport({
            format: 'xlsx',
            suggestedName,
            language,
            delimiter: ';',
            sheets: contactSheets(file, t, language)
          })
        : await getPlatform().saveFile({
            suggestedName,
            filterName: 'JSON',
            extensions: ['json'],
            mimeType: 'application/json',
            content: contactJson(file)
          })
    if (!result.saved) return
    await logAccessExport(file, format)
    notify.success(t('privacy.card.exported', { fileName: result.fileName ?? suggestedName }))
  }
  return { busy, run: (format: 'xlsx' | 'json') => run(() => save(format)) }
}
