// WCAG 2.2 AA audit with axe: every screen and dialog of the demo workspace, in light and dark.
// One page per theme walks through the app; every serious or critical finding is collected and
// printed at the end, so one run shows them all.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface Finding {
  where: string
  rule: string
  impact: string
  help: string
  targets: string[]
}

class Audit {
  readonly findings: Finding[] = []
  constructor(readonly page: Page) {}

  async check(where: string, dialog = false): Promise<void> {
    // Let enter transitions of dialogs and popovers end: axe reads colours mid-fade otherwise.
    await this.page.waitForTimeout(250)
    const started = Date.now()
    const builder = new AxeBuilder({ page: this.page }).withTags(TAGS)
    // A dialog is checked alone: the screen behind it was checked just before.
    if (dialog) builder.include('[role="dialog"]')
    const results = await builder.analyze()
    if (process.env.A11Y_TIMES) console.log(`${where}: ${Date.now() - started} ms`)
    for (const violation of results.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
      this.findings.push({
        where,
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => {
          const summary = node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''
          return `${node.target.join(' ')}  ${summary}`
        })
      })
    }
  }

  report(): string {
    return this.findings
      .map(
        (f) =>
          `[${f.where}] ${f.impact} ${f.rule}: ${f.help}\n${f.targets.map((target) => `    ${target}`).join('\n')}`
      )
      .join('\n')
  }
}

test.describe.configure({ mode: 'parallel' })

async function dialogCheck(audit: Audit, where: string, open: () => Promise<void>): Promise<void> {
  const page = audit.page
  await open()
  await expect(page.getByRole('dialog').last()).toBeVisible()
  await audit.check(where, true)
  // An open type-ahead takes the first Escape; the audited forms are untouched, so none asks.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 1000 })
  }).toPass()
}

async function button(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name }).first().click()
}

async function openFirstRecord(app: RelaisApp, tableName: RegExp): Promise<void> {
  await app.table(tableName).getByRole('link').first().click()
  await expect(app.page.getByRole('heading', { level: 2 })).toBeVisible()
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility finding on any screen or dialog (${scheme})`, async ({
    page
  }) => {
    test.setTimeout(600_000) // about 1.5 min on an idle machine; axe is slow under load
    await page.emulateMedia({ colorScheme: scheme })
    const app = new RelaisApp(page)
    const audit = new Audit(page)
    await app.start('demo')

    await expect(page.getByRole('heading', { level: 2, name: 'Aujourd’hui' })).toBeVisible()
    await audit.check('Today')
    await dialogCheck(audit, 'palette', () => page.keyboard.press('Control+k'))
    await dialogCheck(audit, 'palette, results shown', async () => {
      await page.keyboard.press('Control+k')
      await page.keyboard.type('peribonka')
      await expect(page.getByRole('dialog').getByRole('group', { name: /^Interactions/ })).toBeVisible()
    })
    await dialogCheck(audit, 'quick log', () => page.keyboard.press('Control+l'))
    await dialogCheck(audit, 'quick log, names offered', async () => {
      await page.keyboard.press('Control+l')
      await expect(page.getByRole('textbox', { name: 'Entreprise ou contact' })).toBeFocused()
      await page.keyboard.type('al')
      await expect(page.getByRole('option').first()).toBeVisible()
    })

    await app.go('Entreprises')
    await expect(app.table('Entreprises').getByRole('row').nth(3)).toBeVisible()
    await audit.check('Companies')
    await dialogCheck(audit, 'new company', () => button(page, 'Nouvelle entreprise'))
    await openFirstRecord(app, /Entreprises/)
    await audit.check('a company')

    await app.go('Contacts')
    await expect(app.table('Contacts').getByRole('row').nth(3)).toBeVisible()
    await audit.check('Contacts')
    await dialogCheck(audit, 'new contact', () => button(page, 'Nouveau contact'))
    await openFirstRecord(app, /Contacts/)
    await audit.check('a contact')

    await app.go('Financements')
    await expect(page.getByRole('group', { name: 'Colonnes du pipeline' })).toBeVisible()
    await audit.check('Pipeline board')
    await dialogCheck(audit, 'new financing file', () => button(page, 'Nouveau dossier'))
    const view = page.getByRole('radiogroup', { name: 'Affichage du pipeline' })
    await view.getByText('Liste').click()
    await expect(page.getByRole('table').first()).toBeVisible()
    await audit.check('Pipeline table')
    await page.getByRole('table').first().getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
    await audit.check('a financing file')
    await app.go('Financements')
    await view.getByText('Graphiques').click()
    await expect(page.locator('.recharts-surface').first()).toBeVisible()
    await audit.check('Pipeline charts')
    await view.getByText('Colonnes').click()

    await app.go('Événements')
    await expect(
      app
        .table(/Événements/)
        .getByRole('row')
        .nth(1)
    ).toBeVisible()
    await audit.check('Events')
    await dialogCheck(audit, 'new event', () => button(page, 'Nouvel événement'))
    await openFirstRecord(app, /Événements/)
    await audit.check('an event')
    await page.getByRole('main').getByRole('link', { name: 'Mode soirée' }).first().click()
    await expect(page.getByRole('group', { name: 'Rencontre 1' })).toBeVisible()
    await audit.check('event mode')
    const party = page
      .getByRole('group', { name: 'Rencontre 1' })
      .getByRole('textbox', { name: 'Personne et entreprise' })
    await party.fill('a')
    await expect(page.getByRole('option').first()).toBeVisible()
    await audit.check('event mode, names offered')
    await party.fill('')

    await app.go('Mises en relation')
    await expect(page.getByRole('heading', { level: 2, name: 'Mises en relation' })).toBeVisible()
    await audit.check('Introductions')
    await dialogCheck(audit, 'new introduction', () => button(page, 'Nouvelle mise en relation'))

    await app.go('Impact')
    await expect(page.locator('.recharts-surface').first()).toBeVisible()
    await audit.check('Impact')

    await app.go('Rapports')
    await expect(page.getByRole('heading', { level: 2, name: 'Rapports' })).toBeVisible()
    await audit.check('Reports')

    await app.go('Paramètres')
    await expect(page.getByRole('heading', { level: 2, name: 'Paramètres' })).toBeVisible()
    await audit.check('Settings')

    await app.go('Corbeille')
    await expect(page.getByRole('heading', { level: 2, name: 'Corbeille' })).toBeVisible()
    await audit.check('Trash')

    expect(audit.findings.length, `accessibility findings:\n${audit.report()}`).toBe(0)
  })
}

test('Tab first reaches « Aller au contenu », which moves focus past the navigation', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await expect(page.getByRole('heading', { level: 2, name: 'Aujourd’hui' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page).toHaveURL(/#\/today$/)
  // The next Tab lands inside the screen, not on the header or the navigation
  await page.keyboard.press('Tab')
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1)
})
