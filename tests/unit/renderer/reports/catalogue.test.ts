import { describe, expect, it } from 'vitest'
import { generateWorkspace } from '@shared/demo'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import { buildReport } from '@shared/reports/builders'
import { localiseTables, tableTitleKey } from '@shared/reports/localise'
import { REPORT_IDS } from '@shared/reports/types'
import { catalogues } from '@renderer/i18n/catalogues'

const workspace = generateWorkspace({ size: 'demo', now: new Date('2026-11-25T15:00:00Z') })
const data = { ...workspace, stages: DEFAULT_PIPELINE_STAGES }
const context = {
  period: { from: '2020-01-01', to: '2030-12-31' },
  today: '2026-11-25',
  language: 'fr' as const
}

function lookup(language: 'fr' | 'en', key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogues[language])
  return typeof value === 'string' ? value : undefined
}

describe('report texts', () => {
  it.each(REPORT_IDS)(
    'every header, table title and value of the %s report is translated in both languages',
    (id) => {
      const report = buildReport(id, data, context)
      const keys = new Set<string>()
      for (const table of report.tables) {
        keys.add(tableTitleKey(table.id))
        for (const column of table.columns) {
          keys.add(column.header)
          if (!column.enum) continue
          for (const row of table.rows)
            if (typeof row[column.key] === 'string' && row[column.key])
              keys.add(`${column.enum}.${row[column.key]}`)
        }
      }
      for (const language of ['fr', 'en'] as const) {
        expect(
          [...keys].filter((key) => lookup(language, key) === undefined),
          language
        ).toEqual([])
      }
      const sheets = localiseTables(report.tables, (key) => lookup('fr', key) ?? key)
      for (const sheet of sheets) expect(sheet.name.length).toBeLessThanOrEqual(31)
    }
  )

  it('the demo fills every report', () => {
    for (const id of REPORT_IDS)
      expect(buildReport(id, data, context).tables[0].rows.length, id).toBeGreaterThan(0)
  })
})
