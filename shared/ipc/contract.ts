// The IPC contract: for each channel, the zod schema of its request and of its reply.
// Main parses every request with it before doing anything; preload exposes exactly these channels.
import { z } from 'zod'
import type { IpcChannel, MenuCommand } from './channels'
import type { IpcResult } from './result'
import type { Language } from '../schemas/common'

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

/** A name the dialog proposes; never a path. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]|^\.\.?$|\0/.test(name), 'a file name, not a path')

export const ipcContract = {
  'app-get-info': {
    request: z.undefined(),
    response: z.object({ version: z.string(), platform: z.string(), systemLanguage: z.enum(['fr', 'en']) })
  },
  'app-set-language': {
    request: z.object({ language: z.enum(['fr', 'en']) }).strict(),
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
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() })
  },
  'file-open': {
    request: z
      .object({
        filters: z.array(fileFilterSchema).max(5),
        maxBytes: z.number().int().positive().max(MAX_FILE_BYTES)
      })
      .strict(),
    response: z.union([z.null(), z.object({ name: z.string(), bytes: bytesSchema })])
  },
  'notify-show': {
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
    response: z.object({ shown: z.boolean() })
  }
} satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>

export type IpcContract = typeof ipcContract
export type IpcRequest<K extends IpcChannel> = z.input<IpcContract[K]['request']>
export type IpcResponse<K extends IpcChannel> = z.infer<IpcContract[K]['response']>

export type IpcHandlers = {
  [K in IpcChannel]: (request: z.infer<IpcContract[K]['request']>) => Promise<IpcResponse<K>>
}

/** The one object preload exposes as window.relais. */
export interface RelaisBridge {
  /** Never rejects: a refusal or a failure in main comes back as { ok: false, error: { key } }. */
  invoke<K extends IpcChannel>(channel: K, request: IpcRequest<K>): Promise<IpcResult<IpcResponse<K>>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The system language main read from app.getLocale(), known synchronously at start. */
  readonly systemLanguage: Language
}
