// Extra screenshots: a company page, a contact page and the new-company form.
export default async function recordPages(page, prefix) {
  await page.goto(page.url().replace(/#.*/, '#/companies'))
  await page.getByRole('table').getByRole('link').first().click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-company.png` })
  await page.getByRole('link').filter({ hasText: /@|\w/ }).first()
  await page.goto(page.url().replace(/#.*/, '#/contacts'))
  await page.getByRole('table').getByRole('link').first().click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-contact.png` })
  await page.keyboard.press('Control+n')
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-company-form.png` })
}
