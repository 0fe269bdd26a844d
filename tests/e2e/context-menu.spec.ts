// Browser mode keeps the browser's own right-click menu: the page never cancels contextmenu
// (the desktop build's menu comes from main, see tests/unit/electron/built/main-ipc-menu.test.ts).
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('a right-click in browser mode is left to the browser, in a field and on a page', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  const field = app.dialog().getByLabel('Nom', { exact: false }).first()
  await field.fill('Hydrogène Saguenay')
  // Returns true when something in the page cancelled the right-click (as a script: the Node-side
  // type check has no DOM types)
  const rightClickCancelled = (target: 'field' | 'page') =>
    page.evaluate(`(() => {
      const target = ${target === 'field' ? 'document.activeElement' : 'document.body'}
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 })
      return !target.dispatchEvent(event)
    })()`)
  await field.focus()
  expect(await rightClickCancelled('field')).toBe(false)
  const cancelledOnPage = await rightClickCancelled('page')
  expect(cancelledOnPage).toBe(false)
})
