// Closing the window in the middle of an import: 10,000 rows, each a company and its contact, are
// written in one transaction. The window is closed once every company is written and the contacts
// have begun (the progress bar past half), so a write split in two would leave companies without
// their contacts. After reopening: both none, or both all.
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const ROWS = 10_000
const PROGRESS = 'Importation en cours'
const DONE = 'Importation terminée'

function bigCsv(): Buffer {
  const lines = ['Entreprise;Ville;Région;Prénom;Nom;Courriel']
  for (let i = 1; i <= ROWS; i++)
    lines.push(`Société Éloïse n° ${i} inc.;Saguenay;02;Zoé;Côté-${i};zoe.cote${i}@exemple.example`)
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

/**
 * Checked on every animation frame in the page, so the moment is not missed between two polls:
 * 'contacts' once the progress bar is past half (companies all written, contacts begun), 'done'
 * if the whole import was committed first.
 */
async function writeReached(page: Page): Promise<'contacts' | 'done'> {
  const handle = await page.waitForFunction(
    ([label, done]) => {
      // No DOM types on this side of the tsconfig: the page's document, as little as is used
      const page: {
        querySelector(selector: string): { getAttribute(name: string): string | null } | null
        body: { innerText: string }
      } = Reflect.get(globalThis, 'document')
      const bar = page.querySelector(`[role="progressbar"][aria-label="${label}"]`)
      if (Number(bar?.getAttribute('aria-valuenow')) > 50) return 'contacts'
      return page.body.innerText.includes(done) ? 'done' : false
    },
    [PROGRESS, DONE] as const,
    { polling: 'raf', timeout: 120_000 }
  )
  return (await handle.jsonValue()) as 'contacts' | 'done'
}

/** The total a list's count line shows ("… sur 10 000 entreprises"), 0 for its empty state. */
async function listTotal(app: RelaisApp, link: string, noun: RegExp, empty: string): Promise<number> {
  await app.go(link)
  const count = app.page.getByText(new RegExp(`sur [\\d\\s\\u00a0\\u202f]+ ${noun.source}$|${empty}`)).first()
  await expect(count).toBeVisible()
  const text = (await count.textContent()) ?? ''
  return text.includes(empty) ? 0 : Number(text.replace(/.*sur /, '').replace(/\D/g, ''))
}

test('closing the window while a 10,000-row import writes its contacts keeps all of it or none', async ({
  context
}) => {
  test.slow()
  const page = await context.newPage()
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), {
    name: 'gros-fichier.csv',
    mimeType: 'text/csv',
    buffer: bigCsv()
  })
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await expect(app.dialog().getByText('Contacts à créer')).toBeVisible()
  await app
    .dialog()
    .getByRole('button', { name: /^Importer [\d\s\u00a0\u202f]+ lignes$/ })
    .click()
  const reached = await writeReached(page)
  test.info().annotations.push({ type: 'closed during', description: reached })
  await page.close({ runBeforeUnload: false })

  const reopened = await context.newPage()
  await reopened.goto('/')
  const again = new RelaisApp(reopened)
  // The closed page's connection must let go of the database first
  await expect(again.nav()).toBeVisible({ timeout: 30_000 })
  const companies = await listTotal(again, 'Entreprises', /entreprises?/, 'Aucune entreprise')
  const contacts = await listTotal(again, 'Contacts', /contacts?/, 'Aucun contact')
  const expected =
    reached === 'done'
      ? [[ROWS, ROWS]]
      : [
          [0, 0],
          [ROWS, ROWS]
        ]
  expect(expected).toContainEqual([companies, contacts])
})
