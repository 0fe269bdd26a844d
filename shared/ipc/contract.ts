// The IPC contract: for each channel, the zod schema of its request and of its reply.
// Main parses every request with it before doing anything; preload exposes exactly these channels.
import { z } from 'zod'
import type { IpcChannel, MenuCommand } from './channels'
import type { IpcResult } from './result'
import type { Language } from '../schemas/common'
import { BACKUP_KINDS, MAX_BACKUP_BYTES } from '../backup/limits'
import { sheetsSchema } from '../reports/sheet-schema'

export const MAX_FILE_BYTES = 100 * 1024 * 1024

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10)
})

// z.instanceof(Uint8Array) would demand Uint8Array<ArrayBuffer>; file bytes are any Uint8Array
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array)

/** A backup file: its bytes, or the text of an encrypted one (ASCII); at most MAX_BACKUP_BYTES. */
const backupContentSchema = z.union([
  z.string().min(1).max(MAX_BACKUP_BYTES),
  bytesSchema.refine((b) => b.byteLength >= 1 && b.byteLength <= MAX_BACKUP_BYTES)
])

/** A name the dialog proposes; never a path. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]|^\.\.?$|\0/.test(name), 'a file name, not a path')

const backupEntrySchema = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number()
})
export type BackupEntry = z.infer<typeof backupEntrySchema>

const saveResultSchema = z.object({ saved: z.boolean(), fileName: z.string().optional() })

export const ipcContract = {
  'app-get-info': {
    request: z.undefined(),
    response: z.object({ version: z.string(), platform: z.string(), systemLanguage: z.enum(['fr', 'en']) })
  },
  'app-set-language': {
    request: z.object({ language: z.enum(['fr', 'en']) }).strict(),
    response: z.undefined()
  },
  'app-quit-ready': {
    request: z.object({}).strict(),
    response: z.undefined()
  },
  'shell-open-external': {
    request: z.object({ url: z.string().max(2000) }).strict(),
    response: z.object({ opened: z.boolean() })
  },
  'file-save': {
    request: z
      .object({
        suggestedName: suggestedNameSchema,
        filters: z.array(fileFilterSchema).max(5),
        content: z.union([
          z.string().max(MAX_FILE_BYTES),
          bytesSchema.refine((b) => b.byteLength <= MAX_FILE_BYTES)
        ])
      })
      .strict(),
    response: saveResultSchema
  },
  'file-open': {
    request: z
      .object({
        filters: z.array(fileFilterSchema).max(5),
        /** Spreadsheets: MAX_FILE_BYTES; backups: MAX_BACKUP_BYTES, the limit they are written under. */
        maxBytes: z.number().int().positive().max(MAX_BACKUP_BYTES)
      })
      .strict(),
    response: z.union([z.null(), z.object({ name: z.string(), bytes: bytesSchema })])
  },
  'notify-show': {
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
    response: z.object({ shown: z.boolean() })
  },
  /** Main shows the save dialog and writes the sheets (XLSX: all of them; CSV: the first). */
  'reports-export': {
    request: z
      .object({
        format: z.enum(['xlsx', 'csv']),
        suggestedName: suggestedNameSchema,
        language: z.enum(['fr', 'en']),
        delimiter: z.enum([',', ';']),
        sheets: sheetsSchema
      })
      .strict(),
    response: saveResultSchema
  },
  /** Automatic backups in the profile folder, newest first. */
  'backup-list': { request: z.undefined(), response: z.array(backupEntrySchema) },
  /** Main names the file (date and kind) and keeps the newest of each kind (KEEP_BACKUPS). */
  'backup-write-auto': {
    request: z.object({ kind: z.enum(BACKUP_KINDS), content: backupContentSchema }).strict(),
    response: backupEntrySchema
  },
  'backup-read': {
    request: z.object({ name: z.string().min(1).max(200) }).strict(),
    response: z.object({ content: bytesSchema })
  },
  'backup-save-as': {
    request: z.object({ suggestedName: suggestedNameSchema, content: backupContentSchema }).strict(),
    response: saveResultSchema
  }
} satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>

export type IpcContract = typeof ipcContract
export type IpcRequest<K extends IpcChannel> = z.input<IpcContract[K]['request']>
export type IpcResponse<K extends IpcChannel> = z.infer<IpcContract[K]['response']>

export type IpcHandlers = {
  [K in IpcChannel]: (request: z.infer<IpcContract[K]['request']>) => Promise<IpcResponse<K>>
}

export interface ExportProgress {
  written: number
  total: number
}

/** The one object preload exposes as window.relais. */
export interface RelaisBridge {
  /** Never rejects: a refusal or a failure in main comes back as { ok: false, error: { key } }. */
  invoke<K extends IpcChannel>(channel: K, request: IpcRequest<K>): Promise<IpcResult<IpcResponse<K>>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The window is closing: main waits (a few seconds at most) for app-quit-ready. */
  onBeforeQuit(listener: () => void): () => void
  /** Rows written so far by a long export in main. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void
  /** The system language main read from app.getLocale(), known synchronously at start. */
  readonly systemLanguage: Language
}
