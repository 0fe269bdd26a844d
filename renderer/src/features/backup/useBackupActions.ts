import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decryptBackup, encryptBackup, isEncryptedBackup } from '@shared/backup/encryption'
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
  /** What the passphrase dialog is for: choosing one, or opening this encrypted file's text. */
  const [passphraseFor, setPassphraseFor] = useState<
    { mode: 'encrypt' } | { mode: 'unlock'; text: string } | null
  >(null)

  const exportBackup = (passphrase?: string) =>
    guarded(async () => {
      const platform = getPlatform()
      const name = backupFileName(new Date(), passphrase !== undefined)
      const text = await createBackupText(platform)
      const content = passphrase === undefined ? text : await encryptBackup(text, passphrase)
      const result = await platform.saveBackup(name, content)
      setPassphraseFor(null)
      if (result.saved) notify.success(t('backup.export.saved', { fileName: result.fileName ?? name }))
    })

  /** A file's text: checked at once, or first unlocked with its passphrase. */
  const check = async (text: string) => {
    if (isEncryptedBackup(text)) setPassphraseFor({ mode: 'unlock', text })
    else setPending(await readBackupText(text))
  }

  const unlock = (passphrase: string) =>
    guarded(async () => {
      if (passphraseFor?.mode !== 'unlock') return
      const backup = await readBackupText(await decryptBackup(passphraseFor.text, passphrase))
      setPassphraseFor(null)
      setPending(backup)
    })

  const checkFile = () =>
    guarded(async () => {
      const file = await getPlatform().openFile({
        filterName: t('backup.restore.filterName'),
        extensions: ['json'],
        maxBytes: MAX_FILE_BYTES
      })
      if (file) await check(new TextDecoder().decode(file.bytes))
    })

  const checkAutomatic = (name: string) =>
    guarded(async () => {
      const store = getPlatform().backups
      if (store) await check(await store.read(name))
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
