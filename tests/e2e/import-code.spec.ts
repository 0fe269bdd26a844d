import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

// A key only the wizard's own code holds (the catalogues nest their keys, they hold no dotted path)
const WIZARD_MARK = 'import.actions.nothing'

/** The scripts the page fetches from now on, by whether they hold the wizard's code. */
function watchScripts(page: Page): () => Promise<boolean[]> {
  const bodies: Promise<boolean>[] = []
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text().then((t) => t.includes(WIZARD_MARK)))
  })
  return () => Promise.all(bodies)
}

test('the Companies list opens without the import wizard’s code, fetched on the first click on Importer', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  const fetched = watchScripts(page)

  await app.go('Entreprises')
  await expect(app.table('Entreprises').getByRole('row').nth(1)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Importer' })).toBeVisible()
  const withList = await fetched()
  expect(withList.length).toBeGreaterThan(0)
  expect(withList.filter(Boolean)).toEqual([])

  await page.getByRole('button', { name: 'Importer' }).click()
  await expect(app.dialog().getByRole('button', { name: 'Choisir un fichier' })).toBeVisible()
  expect((await fetched()).filter(Boolean)).toEqual([true])
})
