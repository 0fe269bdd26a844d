import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { writeCsv } from '@shared/reports/csv'
import { trickySheet, wallTime } from '../../../fixtures/sheets'

function readBack(text: string, delimiter: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const TEXTS = [
  'Électrolyse Péribonka inc.',
  'Fjordtech; "Logiciels", inc.',
  `'=HYPERLINK("http://evil","clic")`,
  'Deux\nlignes, virgule',
  "'+1 418 555-0100",
  "'＠SUM(A1)"
]

describe('CSV writer', () => {
  it('writes every cell typed, with a point and commas for English Excel', () => {
    const rows = readBack(writeCsv(trickySheet(), ','), ',')
    expect(rows[0]).toEqual(['Date', 'Moment', 'Entreprise', 'Montant', 'Nombre', 'Probabilité'])
    expect(rows.slice(1)).toEqual([
      ['2026-11-25', wallTime('2026-11-25T19:30:00.000Z'), TEXTS[0], '250000.50', '3', '65%'],
      ['2026-01-01', wallTime('2026-07-01T03:05:00.000Z'), TEXTS[1], '-1.50', '-2', '100%'],
      ['', '', TEXTS[2], '', '', ''],
      ['2026-02-28', wallTime('2026-03-08T07:30:00.000Z'), TEXTS[3], '0.00', '1.5', '0%'],
      ['2026-12-31', wallTime('2026-11-01T05:59:00.000Z'), TEXTS[4], '0.99', '0', '12.5%'],
      ['2026-06-15', wallTime('2026-06-15T16:00:00.000Z'), TEXTS[5], '0.01', '1', '50%']
    ])
  })

  it('uses semicolons and a decimal comma for French Excel', () => {
    const rows = readBack(writeCsv(trickySheet(), ';'), ';')
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      [TEXTS[0], '250000,50', '3', '65%'],
      [TEXTS[1], '-1,50', '-2', '100%'],
      [TEXTS[2], '', '', ''],
      [TEXTS[3], '0,00', '1,5', '0%'],
      [TEXTS[4], '0,99', '0', '12,5%'],
      [TEXTS[5], '0,01', '1', '50%']
    ])
  })

  it('ends lines with CRLF and keeps negative numbers as numbers', () => {
    const text = writeCsv(trickySheet(), ',')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')[2]).toMatch(/,-1\.50,-2,/)
  })

  it('neutralises text that is not a date in a date or time column', () => {
    const sheet = {
      name: 'S',
      columns: [
        { header: 'Date', type: 'date' as const, width: 5 },
        { header: 'Moment', type: 'datetime' as const, width: 5 }
      ],
      rows: [['=1+1', '@SUM(A1)']]
    }
    expect(writeCsv(sheet, ',')).toBe("\uFEFFDate,Moment\r\n'=1+1,'@SUM(A1)\r\n")
  })

  it('neutralises a dangerous header too', () => {
    const sheet = {
      ...trickySheet(),
      columns: [{ header: '=cmd', type: 'text' as const, width: 5 }],
      rows: []
    }
    expect(writeCsv(sheet, ',')).toBe("\uFEFF'=cmd\r\n")
  })
})
