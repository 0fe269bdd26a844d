// A backup file read from its bytes, record by record, never decoded into one string: a 400 MB file
// would be a 400 M character string (a 1.2 GB one exceeds V8's limit). JSON's structural characters
// are ASCII and no byte of a multi-byte UTF-8 character is below 0x80, so values are found by
// scanning bytes; each record alone is decoded and parsed.
import { AppError } from '../errors'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
const SPACES = new Set([0x20, 0x0a, 0x0d, 0x09])
const DELIMITERS = new Set([COMMA, CLOSE_BRACE, CLOSE_BRACKET, COLON, 0x20, 0x0a, 0x0d, 0x09])

export interface ScannedBackup {
  /** Every top-level field but the tables. */
  head: Record<string, unknown>
  /** Each table's records as parsed, or null when the file has no "tables" object. */
  tables: Record<string, unknown[]> | null
  /** The tables' bytes exactly as written: what the checksum covers. */
  tablesBytes: Uint8Array
}

class Scanner {
  private readonly decoder = new TextDecoder()
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
    private readonly fail: () => never
  ) {}

  skipSpace(): void {
    const b = this.bytes
    while (this.at < b.length && SPACES.has(b[this.at])) this.at += 1
  }

  peek(): number {
    this.skipSpace()
    if (this.at >= this.bytes.length) this.fail()
    return this.bytes[this.at]
  }

  expect(byte: number): void {
    if (this.peek() !== byte) this.fail()
    this.at += 1
  }

  /** The index just past the string whose opening quote is at `start`. */
  private stringEnd(start: number): number {
    let at = start + 1
    for (;;) {
      const quote = this.bytes.indexOf(QUOTE, at)
      if (quote < 0) this.fail()
      let backslashes = 0
      while (this.bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1
      if (backslashes % 2 === 0) return quote + 1
      at = quote + 1
    }
  }

  /** Skips one JSON value and returns its [start, end) range; JSON.parse checks it later. */
  skipValue(): [number, number] {
    const b = this.bytes
    const start = (this.peek(), this.at)
    let at = start
    if (b[start] === QUOTE) {
      at = this.stringEnd(start)
    } else if (b[start] === OPEN_BRACE || b[start] === OPEN_BRACKET) {
      let depth = 0
      do {
        if (at >= b.length) this.fail()
        const byte = b[at]
        if (byte === QUOTE) {
          at = this.stringEnd(at)
          continue
        }
        if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth -= 1
        at += 1
      } while (depth > 0)
    } else {
      // A number, true, false or null: up to the next delimiter
      while (at < b.length && !DELIMITERS.has(b[at])) at += 1
    }
    this.at = at
    return [start, at]
  }

  value(): unknown {
    const [start, end] = this.skipValue()
    try {
      return JSON.parse(this.decoder.decode(this.bytes.subarray(start, end)))
    } catch {
      return this.fail()
    }
  }

  /** Calls `each` for every member of the object at the cursor, the cursor on the member's value. */
  object(each: (key: string) => void): void {
    this.expect(OPEN_BRACE)
    if (this.peek() === CLOSE_BRACE) {
      this.at += 1
      return
    }
    for (;;) {
      if (this.peek() !== QUOTE) this.fail()
      const key = this.value()
      if (typeof key !== 'string') this.fail()
      this.expect(COLON)
      each(key)
      const next = this.peek()
      this.at += 1
      if (next === CLOSE_BRACE) return
      if (next !== COMMA) this.fail()
    }
  }

  array(each: () => void): void {
    this.expect(OPEN_BRACKET)
    if (this.peek() === CLOSE_BRACKET) {
      this.at += 1
      return
    }
    for (;;) {
      each()
      const next = this.peek()
      this.at += 1
      if (next === CLOSE_BRACKET) return
      if (next !== COMMA) this.fail()
    }
  }
}

/**
 * The file's top-level fields, and its tables record by record; throws AppError(`unreadableKey`)
 * when the bytes are not one JSON object of that shape.
 */
export function scanBackup(bytes: Uint8Array, unreadableKey: string): ScannedBackup {
  const fail = (): never => {
    throw new AppError(unreadableKey)
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const scan = new Scanner(bytes, bom, fail)
  // No prototype: a member named __proto__ stays a member
  const head: Record<string, unknown> = Object.create(null)
  let tables: Record<string, unknown[]> | null = null
  let tablesBytes: Uint8Array = new Uint8Array(0)
  scan.object((key) => {
    if (key !== 'tables' || scan.peek() !== OPEN_BRACE) {
      head[key] = scan.value()
      return
    }
    const start = scan.at
    const found: Record<string, unknown[]> = Object.create(null)
    scan.object((name) => {
      const records: unknown[] = []
      scan.array(() => records.push(scan.value()))
      found[name] = records
    })
    tables = found
    tablesBytes = bytes.subarray(start, scan.at)
  })
  scan.skipSpace()
  if (scan.at !== bytes.length) fail()
  return { head, tables, tablesBytes }
}
