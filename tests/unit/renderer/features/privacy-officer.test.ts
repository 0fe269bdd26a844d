// Law 25, s. 3.1: the person in charge of personal information, set in Settings and shown in
// every access export (JSON and XLSX, in the reader's language).
import i18next from 'i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { accessAnswer } from '@renderer/db/repositories/privacy'
import { getSetting, setSetting } from '@renderer/db/repositories/settings'
import { officerText } from '@renderer/features/privacy/officerText'
import { contactJson } from '@renderer/features/privacy/contactJson'
import { contactSheets } from '@renderer/features/privacy/contactSheets'
import { catalogues } from '@renderer/i18n/catalogues'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact } from '../../../fixtures/factories'

const translator = i18next.createInstance()
void translator.init({
  resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
  lng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false
})

const MARIE = { name: 'Marie Tremblay', title: 'directrice générale', contact: 'rprp@nordik.ca' }

beforeEach(async () => {
  await freshDatabase()
})

describe('the person in charge of personal information', () => {
  it('is not named until set, and is stored trimmed', async () => {
    expect(await getSetting('privacyOfficer')).toEqual({ name: '', title: '', contact: '' })
    await setSetting('privacyOfficer', {
      name: ' Marie Tremblay ',
      title: 'directrice générale ',
      contact: 'rprp@nordik.ca'
    })
    expect(await getSetting('privacyOfficer')).toEqual(MARIE)
  })

  it('needs a name and a way to reach them once anything is filled in; nothing stored is lost', async () => {
    await setSetting('privacyOfficer', MARIE)
    const refusal = await setSetting('privacyOfficer', { name: '', title: 'DG', contact: ' ' }).catch(
      (e: unknown) => e
    )
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).issues).toEqual([
      { path: 'name', key: 'validation.required' },
      { path: 'contact', key: 'validation.required' }
    ])
    const tooLong = await setSetting('privacyOfficer', { ...MARIE, name: 'x'.repeat(121) }).catch(
      (e: unknown) => e
    )
    expect((tooLong as ValidationError).issues).toEqual([{ path: 'name', key: 'validation.tooLong' }])
    expect(await getSetting('privacyOfficer')).toEqual(MARIE)
  })

  it('can be cleared (all empty)', async () => {
    await setSetting('privacyOfficer', MARIE)
    await setSetting('privacyOfficer', { name: '', title: '', contact: '' })
    expect(await getSetting('privacyOfficer')).toEqual({ name: '', title: '', contact: '' })
  })

  it('reads as one line in the register', () => {
    expect(officerText(MARIE)).toBe('Marie Tremblay, directrice générale — rprp@nordik.ca')
    expect(officerText({ ...MARIE, title: '' })).toBe('Marie Tremblay — rprp@nordik.ca')
  })
})

describe('the access export names the person in charge', () => {
  it('in the JSON answer', async () => {
    await setSetting('privacyOfficer', MARIE)
    const zoe = await createContact(makeContact({ firstName: 'Zoé', lastName: 'Roy', email: '' }))
    expect(JSON.parse(contactJson(await accessAnswer(zoe.id))).privacyOfficer).toEqual(MARIE)
  })

  it('in the last sheet of the XLSX answer, in French and in English', async () => {
    await setSetting('privacyOfficer', MARIE)
    const zoe = await createContact(makeContact({ firstName: 'Zoé', lastName: 'Roy', email: '' }))
    const file = await accessAnswer(zoe.id)
    const fr = contactSheets(file, translator.getFixedT('fr'), 'fr').at(-1)
    expect(fr?.name).toBe('Responsable')
    expect(fr?.rows).toEqual([
      ['Nom', 'Marie Tremblay'],
      ['Fonction', 'directrice générale'],
      ['Coordonnées', 'rprp@nordik.ca']
    ])
    const en = contactSheets(file, translator.getFixedT('en'), 'en').at(-1)
    expect(en?.name).toBe('Person in charge')
    expect(en?.rows).toEqual([
      ['Name', 'Marie Tremblay'],
      ['Title', 'directrice générale'],
      ['Contact details', 'rprp@nordik.ca']
    ])
  })

  it('says when nobody is named yet', async () => {
    const zoe = await createContact(makeContact({ firstName: 'Zoé', lastName: 'Roy', email: '' }))
    const sheet = contactSheets(await accessAnswer(zoe.id), translator.getFixedT('fr'), 'fr').at(-1)
    expect(sheet?.rows).toEqual([
      ['Personne responsable de la protection des renseignements personnels', 'Non désignée']
    ])
  })
})
