// What each IPC channel accepts, written out by hand from the contract's documented rules and
// deliberately NOT derived from its zod schemas: were a schema loosened (or tightened) by mistake,
// the fuzz test would see main's answer disagree with this.
import type { IpcChannel } from '@shared/ipc/channels'

type Check = (value: unknown) => boolean

const MAX_FILE_BYTES = 100 * 1024 * 1024
const MAX_BACKUP_BYTES = 400 * 1024 * 1024
const backupContent: Check = (v) =>
  str(1, MAX_BACKUP_BYTES)(v) || (bytes(MAX_BACKUP_BYTES)(v) && (v as Uint8Array).byteLength >= 1)

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const str =
  (min: number, max: number, rule: (s: string) => boolean = () => true): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && rule(v)

const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v)

const num =
  (min: number, max: number, integer = false): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))

/** Index by index: a hole in a sparse array is a missing item, not a skipped one. */
function arr(item: Check, min: number, max: number): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false
    return true
  }
}

/** Every field of the shape must pass; with `strict`, no other own key is allowed. */
function obj(shape: Record<string, Check>, strict = true): Check {
  return (v) =>
    isRecord(v) &&
    Object.entries(shape).every(([key, check]) => check(Object.hasOwn(v, key) ? v[key] : undefined)) &&
    (!strict || Object.keys(v).every((key) => Object.hasOwn(shape, key)))
}

const bytes =
  (max: number): Check =>
  (v) =>
    v instanceof Uint8Array && v.byteLength <= max

/** A file name to propose in a dialog, never a path. */
const fileName = str(
  1,
  200,
  (s) => !s.includes('/') && !s.includes('\\') && !s.includes('\0') && s !== '.' && s !== '..'
)

const filter = obj(
  {
    name: str(1, 100),
    extensions: arr(
      str(1, 10, (s) => /^[a-z0-9]+$/i.test(s)),
      1,
      10
    )
  },
  false
)
const language = oneOf('fr', 'en')

const cell: Check = (v) => v === null || num(-Infinity, Infinity)(v) || str(0, 32_767)(v)
const column = obj({
  header: str(1, 255),
  type: oneOf('text', 'date', 'datetime', 'money', 'number', 'decimal', 'percent'),
  width: num(1, 255)
})
const sheet: Check = (v) =>
  obj({
    name: str(1, 31, (s) => !/[[\]:*?/\\]/.test(s)),
    columns: arr(column, 1, 64),
    rows: (rows) => Array.isArray(rows)
  })(v) &&
  arr(arr(cell, 0, 64), 0, Infinity)((v as { rows: unknown }).rows) &&
  ((v as { rows: unknown[][] }).rows as unknown[][]).every(
    (row) => row.length === (v as { columns: unknown[] }).columns.length
  )

export const ACCEPTS: Record<IpcChannel, Check> = {
  'app-get-info': (v) => v === undefined,
  'app-set-language': obj({ language }),
  'app-quit-ready': obj({}),
  'shell-open-external': obj({ url: str(0, 2000) }),
  'file-save': obj({
    suggestedName: fileName,
    filters: arr(filter, 0, 5),
    content: (v) => str(0, MAX_FILE_BYTES)(v) || bytes(MAX_FILE_BYTES)(v)
  }),
  'file-open': obj({ filters: arr(filter, 0, 5), maxBytes: num(1, MAX_BACKUP_BYTES, true) }),
  'notify-show': obj({ title: str(1, 200), body: str(0, 1000) }),
  'reports-export': obj({
    format: oneOf('xlsx', 'csv'),
    suggestedName: fileName,
    language,
    delimiter: oneOf(',', ';'),
    sheets: arr(sheet, 1, 12)
  }),
  'backup-list': (v) => v === undefined,
  'backup-write-auto': obj({
    kind: oneOf('daily', 'on-quit', 'pre-migration', 'pre-restore'),
    content: backupContent
  }),
  'backup-read': obj({ name: str(1, 200) }),
  'backup-save-as': obj({ suggestedName: fileName, content: backupContent })
}
