import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decryptBackup, encryptBackup, isEncryptedBackup } from '@shared/backup/encryption'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { getPlatform } from '@renderer/platform'
import {
  backupFileName,
  createBackupFile,
  openBackupFile,
  previewRestore,
  readBackupFile,
  restoreBackup,
  sayTheLimit,
  type RestorePreview
} from './backupService'

/** Export, check and restore backups, with the translated notices each step gives. */
export function useBackupActions() {
  const { t } = useTranslation()
  const notify = useNotify()
  const { busy, run: guarded } = useBusyAction()
  /** A checked backup waiting for the person to confirm the restore. */
  const [pending, setPending] = useState<RestorePreview | null>(null)
  /** What the passphrase dialog is for: choosing one, or opening this encrypted file. */
  const [passphraseFor, setPassphraseFor] = useState<
    { mode: 'encrypt' } | { mode: 'unlock'; file: Uint8Array } | null
  >(null)

  const exportBackup = (passphrase?: string) =>
    guarded(async () => {
      const platform = getPlatform()
      const name = backupFileName(new Date(), passphrase !== undefined)
      const file = await createBackupFile(platform)
      const content = passphrase === undefined ? file : await encryptBackup(file, passphrase)
      const result = await platform.saveBackup(name, content)
      setPassphraseFor(null)
      if (result.saved) notify.success(t('backup.export.saved', { fileName: result.fileName ?? name }))
    })

  /** A file: checked at once, or first unlocked with its passphrase. */
  const check = async (file: Uint8Array) => {
    if (isEncryptedBackup(file)) setPassphraseFor({ mode: 'unlock', file })
    else setPending(await previewRestore(await readBackupFile(file)))
  }

  const unlock = (passphrase: string) =>
    guarded(async () => {
      if (passphraseFor?.mode !== 'unlock') return
      const backup = await readBackupFile(await decryptBackup(passphraseFor.file, passphrase))
      setPassphraseFor(null)
      setPending(await previewRestore(backup))
    })

  const checkFile = () =>
    guarded(async () => {
      const file = await openBackupFile(getPlatform(), t('backup.restore.filterName'))
      if (file) await check(file)
    })

  const checkAutomatic = (name: string) =>
    guarded(async () => {
      const store = getPlatform().backups
      if (store) await check(await store.read(name).catch(sayTheLimit))
    })

  const confirmRestore = () =>
    guarded(async () => {
      if (!pending) return
      const { undo } = await restoreBackup(getPlatform(), pending.backup)
      setPending(null)
      const entry: UndoEntry = { label: t('backup.confirm.undone'), undo }
      pushUndo(entry)
      const id = notify.offer(t('backup.confirm.done'), {
        label: t('common.undo'),
        onClick: () => {
          forgetUndo(entry)
          void undo().then(() => notify.success(entry.label), notify.failure)
        }
      })
      entry.dismiss = () => notify.dismiss(id)
    })

  return {
    busy,
    pending,
    passphraseMode: passphraseFor?.mode ?? null,
    askPassphrase: () => setPassphraseFor({ mode: 'encrypt' }),
    submitPassphrase: (passphrase: string) =>
      passphraseFor?.mode === 'unlock' ? unlock(passphrase) : exportBackup(passphrase),
    cancelPassphrase: () => setPassphraseFor(null),
    exportBackup,
    checkFile,
    checkAutomatic,
    confirmRestore,
    cancelRestore: () => setPending(null)
  }
}
