// One size limit for a backup, stated in the refusal: a file Relais writes, Relais restores. The
// restore from a file was capped at 100 MB while backups could be written up to 400 M characters.
import { describe, expect, it, vi } from 'vitest'
import { ipcContract } from '@shared/ipc/contract'
import { AppError } from '@shared/errors'
import { openBackupFile } from '@renderer/features/backup/backupService'
import type { Platform } from '@renderer/platform'

function platformOpening(result: () => Promise<unknown>) {
  const openFile = vi.fn((_options: { maxBytes: number }) => result())
  return { platform: { openFile } as unknown as Platform, openFile }
}

describe('opening a backup file to restore', () => {
  it('accepts files up to 400 MB, the size backups are written up to, and main agrees', async () => {
    const bytes = new Uint8Array([0x7b, 0x7d])
    const { platform, openFile } = platformOpening(async () => ({ name: 'sauvegarde.json', bytes }))
    expect(await openBackupFile(platform, 'Sauvegarde Relais')).toBe(bytes)
    const request = openFile.mock.calls[0][0]
    expect(request.maxBytes).toBe(419_430_400)
    const sent = {
      filters: [{ name: 'Sauvegarde Relais', extensions: ['json'] }],
      maxBytes: request.maxBytes
    }
    expect(ipcContract['file-open'].request.safeParse(sent).success).toBe(true)
  })

  it('says the limit when the file is larger', async () => {
    const { platform } = platformOpening(async () => {
      throw new AppError('errors.file.tooLarge', { fileName: 'énorme.json', maxBytes: 419_430_400 })
    })
    await expect(openBackupFile(platform, 'Sauvegarde Relais')).rejects.toMatchObject({
      key: 'backup.errors.tooLarge',
      params: { maxMegabytes: 400 }
    })
  })

  it('returns nothing when the person cancels', async () => {
    const { platform } = platformOpening(async () => null)
    expect(await openBackupFile(platform, 'Sauvegarde Relais')).toBeNull()
  })
})
