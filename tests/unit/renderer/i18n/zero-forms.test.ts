import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n/catalogues'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
  lng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false
})
const fr = i18n.getFixedT('fr')
const en = i18n.getFixedT('en')

describe('counts of zero read as sentences', () => {
  it('says « Aucune mise en relation » in French, "No introduction" in English, not « 0 mise en relation a »', () => {
    expect(fr('introductions.fruitful', { count: 0 })).toBe(
      'Aucune mise en relation n’a mené à un résultat cette année'
    )
    expect(fr('introductions.fruitful', { count: 1 })).toBe(
      '1 mise en relation a mené à un résultat cette année'
    )
    expect(fr('introductions.fruitful', { count: 3 })).toBe(
      '3 mises en relation ont mené à un résultat cette année'
    )
    expect(en('introductions.fruitful', { count: 0 })).toBe('No introduction led to an outcome this year')
    expect(en('introductions.fruitful', { count: 2 })).toBe('2 introductions led to an outcome this year')
  })

  it('on Today, Impact, the pipeline and a report preview', () => {
    expect(fr('followUps.today.summary', { count: 0, overdue: 2 })).toBe(
      'Aucun suivi aujourd’hui, 2 en retard'
    )
    expect(en('followUps.today.summary', { count: 0, overdue: 2 })).toBe('No follow-ups today, 2 overdue')
    expect(fr('impact.figures.introductionsDetail', { count: 0 })).toBe(
      'Aucune n’a mené à un résultat dans la période'
    )
    expect(en('impact.figures.introductionsDetail', { count: 0 })).toBe(
      'None led to an outcome in the period'
    )
    expect(fr('pipeline.summary.open', { count: 0, formatted: '0' })).toBe('Aucun dossier ouvert')
    expect(fr('pipeline.summary.open', { count: 1, formatted: '1' })).toBe('1 dossier ouvert')
    expect(en('pipeline.summary.open', { count: 0, formatted: '0' })).toBe('No open files')
    expect(fr('reports.preview.rows', { count: 0, formatted: '0' })).toBe('Aucune ligne')
    expect(en('reports.preview.rows', { count: 0, formatted: '0' })).toBe('No rows')
  })
})
