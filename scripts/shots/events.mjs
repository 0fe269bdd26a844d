// Extra screenshots for events and introductions: the event list, the demo 5 à 7's page, event mode
// being filled, the Introductions screen and its form, and a contact's connections.
// Usage: EXTRA=$PWD/scripts/shots/events.mjs SCREENS=events,introductions node scripts/screenshots.mjs …
export default async function events(page, prefix, language) {
  const base = page.url().replace(/#.*/, '')
  const fr = language === 'fr'
  await page.goto(`${base}#/events`)
  await page.getByRole('table').getByRole('link', { name: '5 à 7 techno du Saguenay' }).click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${prefix}-event-page.png`, fullPage: true })

  await page.getByRole('link', { name: fr ? 'Mode soirée' : 'Event mode' }).click()
  await page.waitForTimeout(500)
  const field = (n) =>
    page
      .getByRole('group', { name: `${fr ? 'Rencontre' : 'Encounter'} ${n}` })
      .getByRole('textbox', { name: fr ? 'Personne et entreprise' : 'Person and company' })
  await field(1).fill('éloïse')
  await page.waitForTimeout(300)
  await field(1).press('Enter')
  await field(1).press('Tab')
  await page.keyboard.type(
    fr ? 'Veut présenter le RETS aux jeunes pousses 🚀' : 'Wants to pitch the association 🚀'
  )
  await page.keyboard.press('Alt+2')
  await page.keyboard.press('Enter')
  await field(2).fill('Zoé Côté-Bélanger')
  await page.waitForTimeout(300)
  await field(2).press('Enter')
  await field(2).fill('Drones Ÿ Boréal')
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${prefix}-event-mode.png`, fullPage: true })

  await page.goto(`${base}#/introductions`)
  await page.waitForTimeout(700)
  await page.screenshot({ path: `${prefix}-introductions.png` })
  await page.getByRole('button', { name: fr ? 'Nouvelle mise en relation' : 'New introduction' }).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-introduction-form.png` })
  await page.keyboard.press('Escape')

  await page.goto(`${base}#/contacts`)
  await page.getByRole('textbox', { name: fr ? 'Filtrer les contacts' : 'Filter contacts' }).fill('eloise')
  await page
    .getByRole('table')
    .getByRole('link', { name: /Éloïse/ })
    .first()
    .click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${prefix}-contact-connections.png`, fullPage: true })
}
