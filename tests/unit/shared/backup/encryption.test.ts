import { afterEach, describe, expect, it, vi } from 'vitest'
import { decryptBackup, encryptBackup, isEncryptedBackup } from '@shared/backup/encryption'
import { AppError } from '@shared/errors'

const plain = '{"format":"relais-backup","tables":{"contacts":[{"firstName":"Éloïse 🎉"}]}}'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('encrypted backups', () => {
  it('round-trips with the right passphrase and hides the data', async () => {
    const sealed = await encryptBackup(plain, 'bleuets du Lac 2026')
    expect(isEncryptedBackup(sealed)).toBe(true)
    expect(isEncryptedBackup(plain)).toBe(false)
    expect(sealed).not.toContain('relais-backup"')
    expect(sealed).not.toContain('firstName')
    expect(new TextDecoder().decode(await decryptBackup(sealed, 'bleuets du Lac 2026'))).toBe(plain)
  })

  it('refuses a wrong passphrase and a changed byte with a translated reason', async () => {
    const sealed = await encryptBackup(plain, 'bleuets du Lac 2026')
    const wrong = await decryptBackup(sealed, 'bleuets du lac 2026').catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(AppError)
    expect((wrong as AppError).key).toBe('backup.errors.wrongPassphrase')

    const envelope = JSON.parse(sealed) as { data: string }
    const flipped = envelope.data.startsWith('A')
      ? `B${envelope.data.slice(1)}`
      : `A${envelope.data.slice(1)}`
    const tampered = JSON.stringify({ ...envelope, data: flipped })
    await expect(decryptBackup(tampered, 'bleuets du Lac 2026')).rejects.toMatchObject({
      key: 'backup.errors.wrongPassphrase'
    })
    await expect(decryptBackup('{"format":"relais-backup-encrypted"}', 'x')).rejects.toMatchObject({
      key: 'backup.errors.unreadable'
    })
  })

  it.each([99_999, 10_000_001, 1e12, 600_000.5])(
    'refuses a file asking for %d key iterations as unreadable, before deriving any key',
    async (iterations) => {
      const sealed = JSON.parse(await encryptBackup(plain, 'bleuets du Lac 2026')) as {
        kdf: Record<string, unknown>
      }
      const crafted = JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations } })
      // Were the count let through, the test stops at the key instead of hanging on it
      const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey').mockRejectedValue(new Error('stopped'))
      await expect(decryptBackup(crafted, 'bleuets du Lac 2026')).rejects.toMatchObject({
        key: 'backup.errors.unreadable'
      })
      expect(deriveKey).not.toHaveBeenCalled()
    }
  )

  it.each([100_000, 10_000_000])('accepts a file asking for %d key iterations', async (iterations) => {
    const sealed = JSON.parse(await encryptBackup(plain, 'phrase secrète')) as { kdf: object }
    const file = JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations } })
    // Stopped at the key: deriving 10 million iterations for real would only slow the test
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey').mockRejectedValue(new Error('stopped'))
    await expect(decryptBackup(file, 'phrase secrète')).rejects.toThrow('stopped')
    expect(deriveKey).toHaveBeenCalledWith(
      expect.objectContaining({ iterations }),
      expect.anything(),
      expect.anything(),
      false,
      ['encrypt', 'decrypt']
    )
  })

  it(
    'derives its key with PBKDF2-SHA-256 at 600,000 iterations, as the README promises',
    { timeout: 20_000 },
    async () => {
      const sealed = await encryptBackup(plain, 'bleuets du Lac 2026')
      const envelope = JSON.parse(sealed) as {
        kdf: { name: string; hash: string; iterations: number; salt: string }
        cipher: { name: string; iv: string }
        data: string
      }
      expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 })
      // Opened by WebCrypto directly, not by decryptBackup: the key really comes from 600,000 iterations
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const material = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode('bleuets du Lac 2026'),
        'PBKDF2',
        false,
        ['deriveKey']
      )
      const key = await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(envelope.kdf.salt), iterations: 600_000 },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt']
      )
      const opened = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes(envelope.cipher.iv) },
        key,
        bytes(envelope.data)
      )
      expect(new TextDecoder().decode(opened)).toBe(plain)
    }
  )

  it('salts each file: the same data twice gives two different files', async () => {
    expect(await encryptBackup(plain, 'phrase secrète')).not.toBe(
      await encryptBackup(plain, 'phrase secrète')
    )
  })
})
