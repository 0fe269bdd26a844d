// The quick log, the Today screen and record timelines, driven by roles and accessible names.
import { expect, type Page } from '@playwright/test'
import { RelaisApp } from './RelaisApp'

/** Presses keys one by one and counts them, to hold the quick log to its keystroke budget. */
export class Keystrokes {
  count = 0
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1
    await this.page.keyboard.press(key)
  }

  async type(text: string): Promise<void> {
    for (const character of text) await this.press(character)
  }
}

export class FollowUpPages {
  constructor(readonly page: Page) {}

  /** Ctrl+L, then wait until the company field has the focus (waiting costs no keystroke). */
  async openQuickLog(): Promise<void> {
    await this.page.keyboard.press('Control+l')
    await expect(this.partyField()).toBeFocused()
  }

  partyField() {
    return this.page.getByRole('textbox', { name: /^(Entreprise ou contact|Company or contact)$/ })
  }

  /** A section of the Today screen or a record page, by the start of its heading. */
  section(heading: RegExp) {
    return this.page.getByRole('region', { name: heading })
  }

  timeline() {
    return this.section(/^(Historique|History) \(/)
  }

  item(container: ReturnType<Page['getByRole']>, name: string | RegExp) {
    return container.getByRole('listitem', { name })
  }

  /** Today paints its first screenful, then the rest of its rows: its list is busy until then. */
  async todayInFull(): Promise<void> {
    await expect(this.page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0)
  }

  /** The labels of a section's follow-ups, once Today shows all of its rows. */
  async titles(section: ReturnType<Page['getByRole']>): Promise<string[]> {
    await this.todayInFull()
    return section
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''))
  }

  /** Titles of a section's follow-ups that no other follow-up on the page shares (demo titles repeat). */
  async uniqueTitles(section: ReturnType<Page['getByRole']>): Promise<string[]> {
    await this.todayInFull()
    const titles = (list: ReturnType<Page['getByRole']>) =>
      list.getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''))
    const all = await titles(this.page.getByRole('main'))
    return (await titles(section)).filter((title) => all.filter((t) => t === title).length === 1)
  }

  async openOrganization(name: string): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(Entreprises|Companies)$/ })
      .click()
    await this.page.getByRole('textbox', { name: /Filtrer les entreprises|Filter companies/ }).fill(name)
    await this.page.getByRole('table').getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }
}

// Tuesday 3 March 2026, 9:30 in Toronto (4:30 in Honolulu, 23:30 in Tokyo: the 3rd everywhere)
export const DEMO_NOW = new Date('2026-03-03T14:30:00Z')

/** The demo workspace with the clock stopped at DEMO_NOW, so due dates are known. */
export async function startDemoAt(page: Page, now = DEMO_NOW) {
  await page.clock.setFixedTime(now)
  const app = new RelaisApp(page)
  await app.start('demo')
  return { app, pages: new FollowUpPages(page) }
}
