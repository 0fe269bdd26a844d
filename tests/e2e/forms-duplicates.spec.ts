// A typo never creates a duplicate: before a new person or company is saved, one already stored
// with a close name, the same e-mail or the same NEQ is offered first.
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'

test('a new contact typed « stephane bergron » is offered the stored Stéphane Bergeron, and nothing is created', async ({
  page
}) => {
  test.slow() // the demo, a dialog, a question, a page: over a minute on a busy machine
  const { app } = await startDemoAt(page)
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouveau contact' })
  await form.getByLabel('Prénom').fill('stephane')
  await form.getByLabel('Nom de famille').fill('bergron')
  await form.getByRole('button', { name: 'Créer le contact' }).click()

  const question = form.getByRole('alertdialog', {
    name: 'Stéphane Bergeron existe déjà chez Nordik Données ltée\u00a0: utiliser cette fiche\u00a0?'
  })
  await expect(question).toBeVisible()
  await expect(question.getByRole('button')).toHaveText(['Utiliser cette fiche', 'Créer quand même'])
  await expect(question.getByRole('button', { name: 'Utiliser cette fiche' })).toBeFocused()
  await question.getByRole('button', { name: 'Utiliser cette fiche' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Stéphane Bergeron' })).toBeVisible()
  await expect(form).toBeHidden()
  await app.go('Contacts')
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('bergron')
  await expect(app.table('Contacts').getByRole('link', { name: /bergron/i })).toHaveCount(0)
})

test('in English: a company one letter away asks first, Escape keeps the form, « Create anyway » creates it', async ({
  page
}) => {
  test.slow() // two dialogs in English after the demo: over a minute on a busy machine
  const { app } = await startDemoAt(page)
  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Contacts')
  await page.getByRole('button', { name: 'New contact' }).first().click()
  const contact = page.getByRole('dialog', { name: 'New contact' })
  await contact.getByLabel('First name').fill('Stephane')
  await contact.getByLabel('Last name').fill('Bergeron')
  await contact.getByRole('button', { name: 'Create contact' }).click()
  await expect(
    contact.getByRole('alertdialog', {
      name: 'Stéphane Bergeron already exists at Nordik Données ltée: use this record?'
    })
  ).toBeVisible()
  await contact.getByRole('button', { name: 'Cancel' }).click()

  await app.go('Companies')
  await page.getByRole('button', { name: 'New company' }).first().click()
  const form = page.getByRole('dialog', { name: 'New company' })
  await form.getByLabel('Name', { exact: false }).first().fill('nordik donees')
  await form.getByRole('button', { name: 'Create company' }).click()
  const question = form.getByRole('alertdialog', {
    name: 'Nordik Données ltée already exists: use this record?'
  })
  await expect(question).toContainText('Same name, give or take a letter.')
  // Escape goes back to the form, which keeps what was typed
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(form.getByLabel('Name', { exact: false }).first()).toHaveValue('nordik donees')
  await form.getByRole('button', { name: 'Create company' }).click()
  await form.getByRole('button', { name: 'Create anyway' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'nordik donees' })).toBeVisible()
})

test('the contact form’s company select offers « Créer « X » » when nothing matches, and asks first about a close one', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouveau contact' })
  const company = form.getByRole('combobox', { name: 'Entreprise' })

  // a name that matches: its matches only, no « create »
  await company.pressSequentially('fjordtech')
  await expect(page.getByRole('option').first()).toHaveText(/^Logiciels Fjordtech inc\./)
  await expect(page.getByRole('option', { name: /^Créer/ })).toHaveCount(0)
  await company.clear()

  // a legal suffix more is still the stored company: asked, and « Utiliser cette fiche » selects it
  await company.pressSequentially('nordik donnees inc')
  await expect(page.getByRole('option')).toHaveText(['Créer «\u00a0nordik donnees inc\u00a0»'])
  await page.keyboard.press('Enter')
  await form.getByRole('button', { name: 'Utiliser cette fiche' }).click()
  await expect(company).toHaveValue(/^Nordik Données ltée/)

  // a new name: created and selected
  await company.fill('Drones Boréal')
  await page.getByRole('option', { name: 'Créer «\u00a0Drones Boréal\u00a0»' }).click()
  await expect(company).toHaveValue('Drones Boréal')
  await form.getByLabel('Prénom').fill('Zoé')
  await form.getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Zoé' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Drones Boréal' }).first()).toBeVisible()
})

test('the quick log’s « Créer le contact » asks first about a close stored person, and uses that person', async ({
  page
}) => {
  const { pages } = await startDemoAt(page)
  await pages.openQuickLog()
  const dialog = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await page.keyboard.type('stephane bergron')
  await page.getByRole('option', { name: 'Créer le contact « stephane bergron »' }).click()
  const question = dialog.getByRole('alertdialog', {
    name: 'Stéphane Bergeron existe déjà chez Nordik Données ltée\u00a0: utiliser cette fiche\u00a0?'
  })
  await question.getByRole('button', { name: 'Utiliser cette fiche' }).click()
  await expect(question).toBeHidden()
  await expect(dialog.getByText('Stéphane Bergeron', { exact: true })).toBeVisible()
  await expect(dialog.getByText(/stephane bergron/)).toHaveCount(0)
})

test('a stored company’s name is flagged as it is typed, and a slow press on « Créer l’entreprise » still asks', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouvelle entreprise' })
  const name = form.getByLabel('Nom', { exact: false }).first()
  await name.fill('NORDIK DONNÉES')
  // the warning comes while the name still has the focus, not when it is left
  await expect(form.getByRole('status')).toHaveText(
    'Une entreprise nommée «\u00a0Nordik Données ltée\u00a0» existe déjà. Vérifiez qu’il ne s’agit pas d’un doublon.'
  )
  await expect(name).toBeFocused()

  // a person's press lasts a while: the button stays under the pointer from press to release
  const create = form.getByRole('button', { name: 'Créer l’entreprise' })
  await create.scrollIntoViewIfNeeded()
  await expect(name).toBeFocused()
  const box = await create.boundingBox()
  if (!box) throw new Error('the create button has no box')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.waitForTimeout(400)
  await page.mouse.up()
  await expect(
    form.getByRole('alertdialog', {
      name: 'Nordik Données ltée existe déjà\u00a0: utiliser cette fiche\u00a0?'
    })
  ).toBeVisible()
})

test('opening a form takes down the toast of the last save, which covered the form’s buttons', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  await app.dialog().getByLabel('Prénom').fill('Noémie')
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  const toast = page.getByRole('alert').filter({ hasText: 'Noémie a été ajouté·e.' })
  await expect(toast).toBeVisible()

  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouvelle entreprise' })
  await expect(toast).toBeHidden({ timeout: 2_000 }) // it would stay 8 s
  // nothing lies over the button: a trial click checks what the pointer would hit
  await form.getByRole('button', { name: 'Créer l’entreprise' }).click({ trial: true, timeout: 2_000 })
})
