// « Fusionner avec… » from a company's page: two companies, each with meetings logged through the
// quick log, a follow-up, a financing file and a person. After the merge the kept company holds
// them all and the other is in the Trash « fusionné dans … »; Ctrl+Z puts both back as they were.
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const KEPT = 'Boréal Métal inc.'
const OTHER = 'BOREAL METAL'

const section = (page: Page, heading: RegExp) => page.getByRole('main').getByRole('region', { name: heading })

async function newCompany(app: RelaisApp, page: Page, name: string, twin = false) {
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill(name)
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  // the twin is made on purpose: Relais asks first (« … existe déjà : utiliser cette fiche ? »)
  if (twin) await app.dialog().getByRole('button', { name: 'Créer quand même' }).click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

/** From a record's timeline: the quick log, preset to it, with or without a follow-up tomorrow. */
async function logMeeting(page: Page, subject: string, followUp: boolean) {
  await section(page, /^Historique/)
    .getByRole('button', { name: 'Consigner une rencontre' })
    .click()
  const log = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await log.getByRole('textbox', { name: 'Sujet' }).fill(subject)
  if (followUp) await log.getByText('Demain', { exact: true }).click()
  await log.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(log).toBeHidden()
  await expect(section(page, /^Historique/).getByText(subject)).toBeVisible()
}

async function fileAndPerson(app: RelaisApp, page: Page, file: string, person: string) {
  await page.getByRole('button', { name: 'Nouveau dossier' }).click()
  const form = page.getByRole('dialog', { name: 'Nouveau dossier de financement' })
  await form.getByRole('textbox', { name: 'Titre du dossier' }).fill(file)
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('link', { name: file })).toBeVisible()
  await page.getByRole('button', { name: 'Nouveau contact' }).click()
  await app.dialog().getByLabel('Prénom').fill(person)
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('link', { name: person })).toBeVisible()
}

/** The counts a company's page shows in its section headings. */
async function expectCounts(page: Page, history: number, files: number, contacts: number) {
  await expect(section(page, /^Historique/)).toHaveAccessibleName(`Historique (${history})`)
  await expect(section(page, /^Dossiers de financement/)).toHaveAccessibleName(
    `Dossiers de financement (${files})`
  )
  await expect(section(page, /^Contacts? \(/)).toHaveAccessibleName(
    contacts === 1 ? 'Contact (1)' : `Contacts (${contacts})`
  )
}

async function openCompany(app: RelaisApp, page: Page, name: string) {
  await app.go('Entreprises')
  await app.table('Entreprises').getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

test('merge a company with its duplicate from its page: every meeting, follow-up, file and person moves; Ctrl+Z undoes it all', async ({
  page
}) => {
  test.slow() // two companies built through the screens, a merge and an undo
  const app = new RelaisApp(page)
  await app.start('empty')
  await newCompany(app, page, KEPT)
  await logMeeting(page, 'Visite de l’usine', true)
  await logMeeting(page, 'Appel sur le prêt', false)
  await fileAndPerson(app, page, 'Prêt équipement', 'Noémie')
  // 2 meetings + 1 follow-up + the file opened in the first stage
  await expectCounts(page, 4, 1, 1)

  await newCompany(app, page, OTHER, true)
  await logMeeting(page, 'Dîner d’affaires', true)
  await fileAndPerson(app, page, 'Subvention export', 'Marc')
  await expectCounts(page, 3, 1, 1)

  await openCompany(app, page, KEPT)
  await page.getByRole('button', { name: `Autres actions pour « ${KEPT} »` }).click()
  await page.getByRole('menuitem', { name: 'Fusionner avec…' }).click()
  const picker = page.getByRole('dialog', { name: `Fusionner « ${KEPT} » avec…` })
  await picker.getByRole('textbox', { name: 'Rechercher une entreprise' }).fill('boreal metal')
  const results = picker.getByRole('list', { name: 'Fiches trouvées' })
  // The company on screen is never offered: only its duplicate
  await expect(results.getByRole('button')).toHaveCount(1)
  await results.getByRole('button', { name: OTHER }).click()

  const merge = page.getByRole('dialog', { name: `Fusionner « ${OTHER} » dans « ${KEPT} »` })
  await merge.getByRole('radio', { name: `Nom : ${KEPT}` }).check()
  await merge.getByRole('button', { name: 'Fusionner' }).click()
  await expect(page.getByText(`« ${OTHER} » a été fusionné.`)).toBeVisible()
  await expect(merge).toBeHidden()

  // 3 meetings + 2 follow-ups + 2 files opened; 2 files; 2 people
  await expectCounts(page, 7, 2, 2)
  const history = section(page, /^Historique/)
  for (const subject of ['Visite de l’usine', 'Appel sur le prêt', 'Dîner d’affaires'])
    await expect(history.getByText(subject)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Subvention export' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Marc' })).toBeVisible()

  await app.go('Corbeille')
  const row = page.getByRole('list', { name: 'Corbeille' }).getByRole('listitem')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(OTHER)
  await expect(row).toContainText(`fusionné dans ${KEPT}`)

  await page.keyboard.press('Control+z')
  await expect(page.getByText('La corbeille est vide')).toBeVisible()
  await openCompany(app, page, KEPT)
  await expectCounts(page, 4, 1, 1)
  await expect(page.getByRole('link', { name: 'Marc' })).toBeHidden()
  await openCompany(app, page, OTHER)
  await expectCounts(page, 3, 1, 1)
  await expect(section(page, /^Historique/).getByText('Dîner d’affaires')).toBeVisible()
})

async function newContact(app: RelaisApp, page: Page, first: string, last: string, email: string) {
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  await app.dialog().getByLabel('Prénom').fill(first)
  await app.dialog().getByLabel('Nom de famille').fill(last)
  await app.dialog().getByLabel('Courriel').fill(email)
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('heading', { level: 2, name: `${first} ${last}` })).toBeVisible()
}

test('merge a person with their duplicate from their page; the Trash says whom they were merged into', async ({
  page
}) => {
  test.slow()
  const app = new RelaisApp(page)
  await app.start('empty')
  await newContact(app, page, 'Élo', 'Tremblay', 'e.tremblay@gmail.com')
  await logMeeting(page, 'Appel du lundi', false)
  await newContact(app, page, 'Éloïse', 'Tremblay', 'eloise@nordik.ca')
  await logMeeting(page, 'Café au cégep', false)

  await page.getByRole('button', { name: 'Autres actions pour « Éloïse Tremblay »' }).click()
  await page.getByRole('menuitem', { name: 'Fusionner avec…' }).click()
  const picker = page.getByRole('dialog', { name: 'Fusionner « Éloïse Tremblay » avec…' })
  await picker.getByRole('textbox', { name: 'Rechercher une personne' }).fill('tremblay')
  const results = picker.getByRole('list', { name: 'Fiches trouvées' })
  await expect(results.getByRole('button')).toHaveCount(1)
  await expect(results.getByRole('button', { name: 'Élo Tremblay' })).toBeVisible()
  // Enter in the search box takes the only match
  await page.keyboard.press('Enter')

  const merge = page.getByRole('dialog', { name: 'Fusionner « Élo Tremblay » dans « Éloïse Tremblay »' })
  await merge.getByRole('radio', { name: 'Prénom : Éloïse' }).check()
  await merge.getByRole('button', { name: 'Fusionner' }).click()
  await expect(page.getByText('« Élo Tremblay » a été fusionné.')).toBeVisible()
  await expect(section(page, /^Historique/)).toHaveAccessibleName('Historique (2)')
  await expect(section(page, /^Historique/).getByText('Appel du lundi')).toBeVisible()

  await app.go('Corbeille')
  const row = page.getByRole('list', { name: 'Corbeille' }).getByRole('listitem')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Élo Tremblay')
  await expect(row).toContainText('fusionné dans Éloïse Tremblay')
})
