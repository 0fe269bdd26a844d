import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { DEMO_NOW, FollowUpPages, Keystrokes, startDemoAt } from './page-models/FollowUpPages'
import { RelaisApp } from './page-models/RelaisApp'

const NOW = DEMO_NOW

test('log a meeting with a follow-up in under 10 keystrokes; it shows on the timeline and on Today, after a reload too', async ({
  page
}) => {
  const { app, pages } = await startDemoAt(page)
  await pages.openQuickLog()
  const keys = new Keystrokes(page)
  await keys.type('logi')
  // a person sees the company offered before pressing Enter (waiting costs no keystroke)
  await expect(page.getByRole('option').first()).toHaveText(/^Logiciels Fjordtech inc\./)
  await keys.press('Enter')
  await keys.press('Alt+2') // follow-up next week
  await keys.press('Control+Enter')
  expect(keys.count).toBeLessThan(10)
  await expect(page.getByText('Interaction et suivi consignés.')).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()

  const followUp = 'Faire le suivi auprès de Logiciels Fjordtech inc.'
  for (const reload of [false, true]) {
    if (reload) await app.reload()
    await app.go('Aujourd’hui')
    const thisWeek = pages.section(/^Cette semaine/)
    await expect(pages.item(thisWeek, followUp)).toContainText('lun. 9 mars')

    await pages.openOrganization('Logiciels Fjordtech inc.')
    await expect(page.getByText('Dernier contact : Aujourd’hui')).toBeVisible()
    const march = pages.timeline().getByRole('region', { name: 'mars 2026' })
    await expect(pages.item(march, 'Rencontre')).toContainText('3 mars 2026, 9 h 30')
    await expect(pages.item(pages.timeline(), followUp)).toContainText('Échéance : 9 mars 2026')
  }
})

test('mark a follow-up done (with undo) and snooze another from Today; both survive a reload', async ({
  page
}) => {
  const { app, pages } = await startDemoAt(page)
  const today = pages.section(/^Aujourd’hui \(/)
  await expect(today).toHaveAccessibleName('Aujourd’hui (3)')
  const [done] = await pages.uniqueTitles(today)
  const doneCompany = await pages.item(today, done).getByRole('link').first().textContent()

  await today.getByRole('button', { name: `Marquer « ${done} » comme fait` }).click()
  await expect(today).toHaveAccessibleName('Aujourd’hui (2)')
  await page.getByRole('alert').getByRole('button', { name: 'Annuler' }).click()
  await expect(today).toHaveAccessibleName('Aujourd’hui (3)')
  await today.getByRole('button', { name: `Marquer « ${done} » comme fait` }).click()
  await expect(today).toHaveAccessibleName('Aujourd’hui (2)')

  const row = today.getByRole('listitem').first()
  const snoozed = (await row.getAttribute('aria-label')) ?? ''
  const company = (await row.getByRole('link').first().textContent()) ?? ''
  await row.getByRole('button', { name: `Reporter « ${snoozed} »` }).click()
  await page.getByRole('menuitem', { name: 'Demain (mer. 4 mars)' }).click()
  await expect(today).toHaveAccessibleName('Aujourd’hui (1)')

  await app.reload()
  await expect(today).toHaveAccessibleName('Aujourd’hui (1)')
  const moved = pages
    .item(pages.section(/^Cette semaine/), snoozed)
    .filter({ has: page.getByRole('link', { name: company, exact: true }) })
  await expect(moved).toContainText('Demain')
  await expect(pages.item(page.getByRole('main'), done)).toHaveCount(0)

  // done follow-ups stay on the timeline
  await pages.openOrganization(doneCompany ?? '')
  await expect(pages.item(pages.timeline(), done)).toContainText('Fait le 3 mars 2026')
})

async function todayIn(
  browser: Browser,
  timezoneId: string,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>
) {
  const context = await browser.newContext({ timezoneId, locale: 'fr-CA', storageState })
  const page = await context.newPage()
  await page.clock.setFixedTime(NOW)
  await page.goto('/')
  const pages = new FollowUpPages(page)
  return { context, page, pages, today: pages.section(/^Aujourd’hui \(/) }
}

test('follow-ups due today in Toronto are still due today in Honolulu and Tokyo', async ({
  page,
  browser
}) => {
  const { pages } = await startDemoAt(page)
  const today = pages.section(/^Aujourd’hui \(/)
  await expect(today).toHaveAccessibleName('Aujourd’hui (3)')
  const titles = await pages.titles(today)
  expect(titles).toHaveLength(3)
  const saved = await page.context().storageState({ indexedDB: true })

  for (const timezoneId of ['Pacific/Honolulu', 'Asia/Tokyo']) {
    const elsewhere = await todayIn(browser, timezoneId, saved)
    await expect(elsewhere.page.getByText('mardi 3 mars 2026')).toBeVisible()
    await expect(elsewhere.today).toHaveAccessibleName('Aujourd’hui (3)')
    expect(await elsewhere.pages.titles(elsewhere.today)).toEqual(titles)
    await elsewhere.context.close()
  }
})

test('create a company inline while logging; delete the meeting from the timeline and restore it from the Trash', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  const app = new RelaisApp(page)
  await app.start('empty')
  const pages = new FollowUpPages(page)
  await page.getByRole('banner').getByRole('button', { name: 'Consigner une rencontre' }).click()
  await pages.partyField().fill('Drone Boréal inc.')
  await page.getByRole('option', { name: 'Créer l’entreprise « Drone Boréal inc. »' }).click()
  await page.getByRole('textbox', { name: 'Sujet' }).fill('Première rencontre au bureau')
  await page.getByRole('radiogroup', { name: 'Type d’interaction' }).getByText('Appel').click()
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByRole('alert').getByRole('button', { name: 'Voir' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Drone Boréal inc.' })).toBeVisible()
  const meeting = pages.item(pages.timeline(), 'Première rencontre au bureau')
  await expect(meeting).toContainText('Appel')
  await expect(page.getByText('Dernier contact : Aujourd’hui')).toBeVisible()

  await meeting.getByRole('button', { name: 'Actions pour « Première rencontre au bureau »' }).click()
  await page.getByRole('menuitem', { name: 'Supprimer' }).click()
  await expect(meeting).toHaveCount(0)
  await expect(page.getByText('Aucun contact consigné')).toBeVisible()

  await app.go('Corbeille')
  await page.getByRole('button', { name: 'Restaurer Première rencontre au bureau' }).click()
  await app.go('Entreprises')
  await page.getByRole('table').getByRole('link', { name: 'Drone Boréal inc.' }).click()
  await expect(meeting).toBeVisible()
  await expect(page.getByText('Dernier contact : Aujourd’hui')).toBeVisible()

  await meeting.getByRole('button', { name: 'Actions pour « Première rencontre au bureau »' }).click()
  await page.getByRole('menuitem', { name: 'Modifier' }).click()
  await page.getByRole('textbox', { name: 'Sujet' }).fill('Rencontre au bureau de Jonquière')
  await page.keyboard.press('Control+Enter')
  await expect(pages.item(pages.timeline(), 'Rencontre au bureau de Jonquière')).toContainText('Appel')
  await expect(meeting).toHaveCount(0)

  // on a company's page the quick log is about that company: two keys log a call-back for tomorrow
  await pages.openQuickLog()
  await expect(page.getByRole('dialog')).toContainText('Drone Boréal inc.')
  await page.keyboard.press('Alt+1')
  await page.keyboard.press('Control+Enter')
  await expect(pages.item(pages.timeline(), 'Faire le suivi auprès de Drone Boréal inc.')).toContainText(
    'Échéance : 4 mars 2026'
  )
})

test('edit, reassign and cancel a follow-up from Today', async ({ page }) => {
  const { app, pages } = await startDemoAt(page)
  const today = pages.section(/^Aujourd’hui \(/)
  await expect(today).toHaveAccessibleName('Aujourd’hui (3)')
  const [title] = await pages.uniqueTitles(today)
  await today.getByRole('button', { name: `Autres actions pour « ${title} »` }).click()
  await page.getByRole('menuitem', { name: 'Modifier' }).click()
  await page.getByRole('textbox', { name: 'Suivi à faire' }).fill('Envoyer le contrat signé')
  await page.getByRole('dialog').getByText('Priorité haute').click()
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  const edited = pages.item(today, 'Envoyer le contrat signé')
  await expect(edited).toContainText('Priorité haute')

  await edited.getByRole('button', { name: 'Reporter « Envoyer le contrat signé »' }).click()
  await page.getByRole('menuitem', { name: 'Choisir une date…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '20 mars 2026' }).click()
  const later = pages.item(pages.section(/^Plus tard/), 'Envoyer le contrat signé')
  await expect(later).toContainText('20 mars 2026')

  await later.getByRole('button', { name: 'Autres actions pour « Envoyer le contrat signé »' }).click()
  await page.getByRole('menuitem', { name: 'Annuler ce suivi' }).click()
  await expect(later).toHaveCount(0)
  await app.reload()
  await expect(pages.item(page.getByRole('main'), 'Envoyer le contrat signé')).toHaveCount(0)
})

test('relationships to revive follow the days set in Settings', async ({ page }) => {
  const { app, pages } = await startDemoAt(page)
  const stale = pages.section(/^Relations? à raviver \(/)
  await expect(stale.getByRole('link', { name: 'Électro-Nord Composants ltée' })).toBeVisible()
  await app.go('Paramètres')
  const fields = [
    'Dossier ouvert : relation à raviver après',
    'Rythme de contact : Compte clé',
    'Rythme de contact : Actif',
    'Rythme de contact : À surveiller'
  ]
  for (const name of fields) {
    const days = page.getByRole('textbox', { name })
    await days.fill('400')
    await days.blur()
  }
  await app.reload()
  await app.go('Aujourd’hui')
  await expect(stale).toContainText('Toutes vos relations importantes sont à jour.')
  await expect(stale).toContainText('plus de 400 jours')
})

test('the daily reminder shows the follow-ups due today once, in the browser’s notifications', async ({
  page
}) => {
  // Records what the app shows instead of showing it (the browser runs headless)
  await page.addInitScript({
    content: `
      class FakeNotification {
        static permission = 'granted'
        static requestPermission = async () => 'granted'
        constructor(title, options) {
          const shown = JSON.parse(sessionStorage.getItem('shown') ?? '[]')
          shown.push(title + ' | ' + (options?.body ?? ''))
          sessionStorage.setItem('shown', JSON.stringify(shown))
        }
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification })`
  })
  const { app } = await startDemoAt(page)
  const shown = async () =>
    JSON.parse(await page.evaluate<string>("sessionStorage.getItem('shown') ?? '[]'")) as string[]
  await expect.poll(shown).toHaveLength(1)
  expect((await shown())[0]).toMatch(/^Relais\u00a0: 3 suivis à faire aujourd’hui \| .+ · .+ · .+$/)
  await app.reload()
  await expect(page.getByRole('region', { name: /^Aujourd’hui \(/ })).toBeVisible()
  expect(await shown()).toHaveLength(1)
})

test('the quick log and Today in English', async ({ page }) => {
  const { pages } = await startDemoAt(page)
  await app_english(page)
  await expect(pages.section(/^Today \(/)).toHaveAccessibleName('Today (3)')
  await page.getByRole('button', { name: 'Log a meeting', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Log a meeting' })).toBeVisible()
  await pages.partyField().fill('eloise')
  await expect(page.getByRole('option').first()).toHaveText(/Éloïse/)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Alt+1')
  await expect(page.getByText('Due: Wednesday, March 4, 2026')).toBeVisible()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Interaction and follow-up logged.')).toBeVisible()
  await expect(pages.item(pages.section(/^This week/), /^Follow up with Éloïse/)).toContainText('Tomorrow')

  // logged with Éloïse alone, the meeting and its follow-up are on her company's page too
  await pages.openOrganization('Regroupement des entreprises technologiques du Saguenay')
  await expect(page.getByText('Last contact: Today')).toBeVisible()
  const march = pages.timeline().getByRole('region', { name: 'March 2026' })
  const meeting = pages.item(march, 'Meeting')
  await expect(meeting).toContainText('Mar 3, 2026')
  await expect(meeting.getByRole('link', { name: 'Éloïse Tremblay' })).toBeVisible()
  await expect(pages.item(march, /^Follow up with Éloïse/)).toContainText('Due Mar 4, 2026')
})

async function app_english(page: Page) {
  const app = new RelaisApp(page)
  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Today')
}
