import { Button, Group, Modal } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '@renderer/db/repositories/importRecords'
import type { PickedFile } from '@renderer/platform'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { ImportMappingStep } from './ImportMappingStep'
import { ImportPickStep } from './ImportPickStep'
import { ImportReviewStep } from './ImportReviewStep'
import { ImportWriteProgress } from './ImportWriteProgress'
import { useImportWizard, type ImportWizard } from './useImportWizard'

function rowsToWrite(wizard: ImportWizard): number {
  return wizard.read && wizard.plan ? wizard.read.rows.length - wizard.plan.skippedRows : 0
}

/** Pick a file, map its columns, review, import: everything in one transaction, or nothing. */
export function ImportWizardModal({ onClose, file }: { onClose: () => void; file?: PickedFile }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const wizard = useImportWizard(t('import.pick.filterName'))
  const { busy, run: attempt } = useBusyAction()
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const { load } = wizard
  // A file dropped on the window or chosen from the File menu skips the pick step
  useEffect(() => {
    if (file) void attempt(() => load(file))
  }, [file, load, attempt])
  const write = () =>
    attempt(async () => {
      const outcome = await wizard.write(setProgress).finally(() => setProgress(null))
      if (!outcome) return
      notify.success(
        t('import.done', {
          organizations: outcome.organizationsCreated,
          contacts: outcome.contactsCreated,
          merged: outcome.organizationsMerged + outcome.contactsMerged
        })
      )
      onClose()
    })
  const toWrite = rowsToWrite(wizard)
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size={wizard.step === 'pick' ? 'lg' : 'xl'}>
      {wizard.step === 'pick' && <ImportPickStep busy={busy} onPick={() => void attempt(wizard.pick)} />}
      {wizard.step === 'map' && wizard.source && (
        <ImportMappingStep
          source={wizard.source}
          tool={wizard.tool}
          mapping={wizard.mapping}
          missing={wizard.missing}
          onField={wizard.setField}
          onEncoding={(encoding) => void attempt(async () => wizard.setEncoding(encoding))}
          onHeaderRow={wizard.setHeaderRow}
        />
      )}
      {wizard.step === 'review' && <ImportReviewStep wizard={wizard} />}
      {progress && <ImportWriteProgress progress={progress} />}
      {wizard.step !== 'pick' && (
        <Group justify="space-between" mt="lg">
          <Button variant="default" onClick={wizard.back} disabled={busy}>
            {t('import.actions.back')}
          </Button>
          {wizard.step === 'map' ? (
            <Button disabled={wizard.missing} loading={busy} onClick={() => void attempt(wizard.review)}>
              {t('import.actions.next')}
            </Button>
          ) : (
            <Button disabled={toWrite === 0} loading={busy} onClick={() => void write()}>
              {toWrite === 0 ? t('import.actions.nothing') : t('import.actions.import', { count: toWrite })}
            </Button>
          )}
        </Group>
      )}
    </Modal>
  )
}
