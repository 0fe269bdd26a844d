// Backups encrypted with a passphrase: PBKDF2-SHA-256 (600,000 iterations, OWASP 2023) derives an
// AES-256-GCM key from the passphrase and a random salt; GCM's tag makes a wrong passphrase or a
// changed byte fail to decrypt, so nothing is ever restored from a file that was not ours.
// WebCrypto only: the same code runs in the renderer and in Node's tests.
import { z } from 'zod'
import { AppError } from '../errors'
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from './limits'

export const ENCRYPTED_BACKUP_FORMAT = 'relais-backup-encrypted'
export const MIN_PASSPHRASE_LENGTH = 8
const ITERATIONS = 600_000
/**
 * The iteration counts a file may ask for: fewer would make a weak key, and the count is read from
 * the file before anything is checked, so a crafted one could otherwise keep the app busy for hours.
 */
const MIN_ITERATIONS = 100_000
const MAX_ITERATIONS = 10_000_000

export const ENCRYPTION_ERRORS = {
  wrongPassphrase: 'backup.errors.wrongPassphrase',
  unreadable: 'backup.errors.unreadable'
} as const

const envelopeSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: z.string()
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string() }),
  data: z.string()
})

type Bytes = Uint8Array<ArrayBuffer>
/** By slices: one character array the size of a large backup would take gigabytes. */
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 0x8000)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)))
  return btoa(parts.join(''))
}
function fromBase64(text: string): Bytes {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}
// Not CryptoKey: the Node half of the type check has no DOM types
type AesKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>

async function deriveKey(passphrase: string, salt: Bytes, iterations: number): Promise<AesKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey']
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  )
}

/** Whether a file (its text or bytes) is an encrypted backup (then ask for the passphrase). */
export function isEncryptedBackup(file: string | Uint8Array): boolean {
  const start =
    typeof file === 'string' ? file.slice(0, 200) : new TextDecoder().decode(file.subarray(0, 200))
  return start.trimStart().startsWith(`{"format":"${ENCRYPTED_BACKUP_FORMAT}"`)
}

/** The encrypted file's text (ASCII); refused past MAX_BACKUP_BYTES, which a restore would refuse. */
export async function encryptBackup(plain: string | Bytes, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const bytes = typeof plain === 'string' ? new TextEncoder().encode(plain) : plain
  // Base64 makes 4 characters of 3 bytes: refuse before the work, not after
  if (Math.ceil((bytes.length + 16) / 3) * 4 + 400 > MAX_BACKUP_BYTES)
    throw new AppError('backup.errors.tooLarge', { maxMegabytes: MAX_BACKUP_MEGABYTES })
  const key = await deriveKey(passphrase, salt, ITERATIONS)
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes)
  return JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data))
  })
}

/** The backup's plain bytes; throws AppError(wrongPassphrase) when the passphrase does not open it. */
export async function decryptBackup(file: string | Uint8Array, passphrase: string): Promise<Bytes> {
  const text = typeof file === 'string' ? file : new TextDecoder().decode(file)
  let envelope: z.infer<typeof envelopeSchema>
  let salt: Bytes, iv: Bytes, data: Bytes
  try {
    envelope = envelopeSchema.parse(JSON.parse(text))
    ;[salt, iv, data] = [
      fromBase64(envelope.kdf.salt),
      fromBase64(envelope.cipher.iv),
      fromBase64(envelope.data)
    ]
  } catch {
    throw new AppError(ENCRYPTION_ERRORS.unreadable)
  }
  const key = await deriveKey(passphrase, salt, envelope.kdf.iterations)
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data))
  } catch {
    // GCM cannot tell a wrong passphrase from a changed file: both mean "not with this passphrase"
    throw new AppError(ENCRYPTION_ERRORS.wrongPassphrase)
  }
}
