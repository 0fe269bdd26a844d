// Screenshots of the forms that forgive, at 1280×720 (SHOT_SIZE=1440x900 for the other size): the
// quick log asking before dropping a note, a new financing file and a new introduction opening calm
// (consents asked), a typo'd new contact offered the stored one, a picker offering to create, event
// mode with its sticky save bar, and Today telling of an unsaved draft.
// Usage: EXTRA=$PWD/scripts/shots/forms.mjs SCREENS=today node scripts/screenshots.mjs …
export default async function forms(page, prefix, language) {
  const base = page.url().replace(/#.*/, '')
  const fr = language === 'fr'
  const [width, height] = (process.env.SHOT_SIZE ?? '1280x720').split('x').map(Number)
  await page.setViewportSize({ width, height })
  const shot = async (name) => {
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${prefix}-${width}-${name}.png` })
  }

  await page.goto(`${base}#/today`)
  await page.keyboard.press('Control+l')
  await page.keyboard.type('logi')
  await page.waitForTimeout(600)
  await page.keyboard.press('Enter')
  await shot('quick-log-people-offered')
  await page.keyboard.press('Escape')
  await page
    .getByRole('textbox', { name: 'Notes' })
    .fill(fr ? 'Parlé du programme ESSOR' : 'Talked about ESSOR')
  await page.keyboard.press('Escape')
  await shot('quick-log-discard')
  await page.getByRole('button', { name: fr ? 'Abandonner' : 'Discard', exact: true }).click()

  await page.goto(`${base}#/pipeline`)
  await page
    .getByRole('button', { name: fr ? 'Nouveau dossier' : 'New file' })
    .first()
    .click()
  await shot('new-file-calm')
  await page.keyboard.type('fjordtek')
  await shot('new-file-typo')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: fr ? 'Annuler' : 'Cancel' }).click()

  await page.goto(`${base}#/contacts`)
  await page
    .getByRole('button', { name: fr ? 'Nouveau contact' : 'New contact' })
    .first()
    .click()
  await page.getByRole('textbox', { name: fr ? 'Prénom' : 'First name' }).fill('eloise')
  await page.getByRole('textbox', { name: fr ? 'Nom de famille' : 'Last name' }).fill('tremblai')
  await page.keyboard.press('Enter')
  await shot('contact-close-record')
  await page.keyboard.press('Escape')
  await page.getByRole('combobox', { name: fr ? 'Entreprise' : 'Company', exact: true }).fill('zzzz nouvelle')
  await shot('contact-create-company')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: fr ? 'Abandonner' : 'Discard', exact: true }).click()

  await page.goto(`${base}#/introductions`)
  await page
    .getByRole('button', { name: fr ? 'Nouvelle mise en relation' : 'New introduction' })
    .first()
    .click()
  await shot('introduction-calm')
  await page.getByRole('button', { name: fr ? 'Enregistrer' : 'Save' }).click()
  await shot('introduction-consents-asked')
  await page.getByRole('button', { name: fr ? 'Annuler' : 'Cancel' }).click()

  await page.goto(`${base}#/events`)
  await page.getByRole('table').getByRole('link').first().click()
  await page.getByRole('link', { name: fr ? 'Mode soirée' : 'Event mode' }).click()
  await page.waitForTimeout(500)
  for (const n of [1, 2, 3, 4]) {
    const line = page.getByRole('group', { name: `${fr ? 'Rencontre' : 'Encounter'} ${n}` })
    await line.getByRole('textbox', { name: 'Note' }).fill(`${fr ? 'Personne' : 'Person'} ${n}`)
    await line.getByRole('textbox', { name: 'Note' }).press('Enter')
  }
  await shot('event-mode-lines')
  await page.goto(`${base}#/today`)
  await shot('today-draft')
}
