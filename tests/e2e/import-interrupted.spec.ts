import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const ROWS = 10_000

function bigCsv(): Buffer {
  const lines = ['Entreprise;Ville;Région;Prénom;Nom;Courriel']
  for (let i = 1; i <= ROWS; i++)
    lines.push(`Société Éloïse n° ${i} inc.;Saguenay;02;Zoé;Côté-${i};zoe.cote${i}@exemple.example`)
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

test('closing the window in the middle of a 10,000-row import leaves all of it or none of it', async ({
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
  const start = app.dialog().getByRole('button', { name: /^Importer [\d\s\u00a0\u202f]+ lignes$/ })
  await start.click()
  // The write has begun (the button turns busy); close the window before it can finish
  await expect(start).toHaveAttribute('data-loading', 'true')
  await page.close({ runBeforeUnload: false })

  const reopened = await context.newPage()
  await reopened.goto('/')
  const again = new RelaisApp(reopened)
  // The closed page's connection must let go of the database first
  await expect(again.nav()).toBeVisible({ timeout: 30_000 })
  await again.go('Entreprises')
  const count = reopened.getByText(/sur [\d\s\u00a0\u202f]+ entreprises?$|Aucune entreprise/).first()
  await expect(count).toBeVisible()
  const text = (await count.textContent()) ?? ''
  const total = Number(text.replace(/.*sur /, '').replace(/\D/g, '')) || 0
  expect([0, ROWS]).toContain(total)
})
