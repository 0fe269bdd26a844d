import { describe, expect, it } from 'vitest'
import { scanBackup } from '@shared/backup/scan'

const bytes = (text: string) => new TextEncoder().encode(text)
const scan = (text: string) => scanBackup(bytes(text), 'unreadable')

describe('reading a backup file record by record', () => {
  it('finds each record, whatever its strings hold (quotes, backslashes, braces, accents)', () => {
    const tricky = { name: 'Le \\"Bureau\\" {Québec} [Nord], ok\\\\', notes: 'fin \\\\' }
    const text = `\uFEFF { "format" : "relais-backup", "tables" : { "organizations" : [ ${JSON.stringify(tricky)} , {"name":"B"} ], "contacts": [] } } \n`
    const { head, tables, tablesBytes } = scan(text)
    expect(head).toEqual({ format: 'relais-backup' })
    expect(tables?.organizations).toEqual([tricky, { name: 'B' }])
    expect(tables?.contacts).toEqual([])
    expect(new TextDecoder().decode(tablesBytes)).toBe(
      `{ "organizations" : [ ${JSON.stringify(tricky)} , {"name":"B"} ], "contacts": [] }`
    )
  })

  it('keeps a member named __proto__ a plain member', () => {
    const { head, tables } = scan('{"__proto__":{"polluted":1},"tables":{"__proto__":[{"a":1}]}}')
    expect(Object.getPrototypeOf(head)).toBeNull()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.hasOwn(tables ?? {}, '__proto__')).toBe(true)
  })

  it.each([
    ['truncated in a record', '{"tables":{"organizations":[{"name":"A"'],
    ['truncated in a string', '{"tables":{"organizations":[{"name":"A'],
    ['a table that is not a list', '{"tables":{"organizations":{"name":"A"}}}'],
    ['text after the end', '{"format":"relais-backup"} {}'],
    ['not an object', '[1,2]'],
    ['a broken record', '{"tables":{"organizations":[{"name" "A"}]}}'],
    ['nothing', '']
  ])('refuses a file %s as unreadable', (_name, text) => {
    expect(() => scan(text)).toThrow('unreadable')
  })
})
