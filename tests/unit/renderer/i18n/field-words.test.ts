// A record refused by the schema is named in the person's words: « Entreprises », champ « Nom »,
// not « organizations », champ « name ».
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n/catalogues'

const t = i18next.createInstance()

beforeAll(async () => {
  await t.init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng: 'fr',
    interpolation: { escapeValue: false }
  })
})

describe('refused records named in the user’s words', () => {
  it('a backup’s invalid record names the table and the field as the screens do', () => {
    expect(t.t('backup.errors.invalidRecord', { table: 'organizations', row: 3, field: 'name' })).toBe(
      'Cette sauvegarde contient une fiche invalide («\u00a0Entreprises\u00a0», fiche n° 3, champ «\u00a0Nom\u00a0»). Vos données n’ont pas été modifiées.'
    )
    expect(
      t.t('backup.errors.invalidRecord', { table: 'contacts', row: 1, field: 'email', lng: 'en' })
    ).toContain('field “Email”')
  })

  it('an imported row refused names its field, and a field without words keeps its name', () => {
    expect(t.t('import.errors.rowRefused', { row: 12, field: 'email' })).toBe(
      'La ligne 12 a été refusée (champ «\u00a0Courriel\u00a0»)\u00a0: rien n’a été importé.'
    )
    expect(t.t('import.errors.rowRefused', { row: 12, field: 'zzz' })).toContain('champ «\u00a0zzz\u00a0»')
  })
})
