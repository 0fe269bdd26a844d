import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup } from '@shared/backup/format'
import { MAX_FILE_BYTES } from '@shared/ipc/contract'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { getPlatform } from '@renderer/platform'
import { backupFileName, createBackupText, readBackupText, restoreBackup } from './backupService'

/** Export, check and restore backups, with the translated notices each step gives. */
export function useBackupActions() {
  const { t } = useTranslation()
  const notify = useNotify()
  const { busy, run: guarded } = useBusyAction()
  /** A checked backup waiting for the person to confirm the restore. */
  const [pending, setPending] = useState<Backup | null>(null)

  const exportBackup = () =>
    guarded(async () => {
      const platform = getPlatform()
      const name = backupFileName(new Date())
      const result = await platform.saveBackup(name, await createBackupText(platform))
      if (result.saved) notify.success(t('backup.export.saved', { fileName: result.fileName ?? name }))
    })

  const checkFile = () =>
    guarded(async () => {
      const file = await getPlatform().openFile({
        filterName: t('backup.restore.filterName'),
        extensions: ['json'],
        maxBytes: MAX_FILE_BYTES
      })
      if (file) setPending(await readBackupText(new TextDecoder().decode(file.bytes)))
    })

  const checkAutomatic = (name: string) =>
    guarded(async () => {
      const store = getPlatform().backups
      if (store) setPending(await readBackupText(await store.read(name)))
    })

  const confirmRestore = () =>
    guarded(async () => {
      if (!pending) return
      const { undo } = await restoreBackup(getPlatform(), pending)
      setPending(null)
      const entry: UndoEntry = { label: t('backup.confirm.undone'), undo }
      pushUndo(entry)
      notify.success(t('backup.confirm.done'), {
        label: t('common.undo'),
        onClick: () => {
          forgetUndo(entry)
          void undo().then(() => notify.success(entry.label), notify.failure)
        }
      })
    })

  return {
    busy,
    pending,
    exportBackup,
    checkFile,
    checkAutomatic,
    confirmRestore,
    cancelRestore: () => setPending(null)
  }
}
