import { describe, expect, it } from 'vitest'
import { SHORTCUT_ROWS } from '@renderer/features/search/shortcutRows'
import { catalogues } from '@renderer/i18n/catalogues'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'

function message(language: 'fr' | 'en', key: string): unknown {
  const search = catalogues[language].search as { shortcuts?: Record<string, unknown> }
  return search.shortcuts?.[key]
}

describe('shortcuts overlay', () => {
  it('lists every command that has a shortcut', () => {
    const listed = SHORTCUT_ROWS.map((row) => row.key)
    expect(listed).toEqual(expect.arrayContaining(Object.keys(MENU_SHORTCUTS)))
    expect(listed).toContain('new-opportunity')
  })

  it.each(['fr', 'en'] as const)('has a message for every line in %s', (language) => {
    const missing = SHORTCUT_ROWS.filter((row) => {
      const text = message(language, row.key)
      return typeof text !== 'string' || text.trim() === ''
    }).map((row) => row.key)
    expect(missing).toEqual([])
  })
})
