// Drives Relais in browser mode the way a person would: by roles and accessible names.
import { expect, type Page } from '@playwright/test'

export class RelaisApp {
  constructor(readonly page: Page) {}

  /** Open the app on a fresh database and choose "start empty" or "load the demo" (French UI). */
  async start(workspace: 'empty' | 'demo' = 'empty'): Promise<void> {
    await this.page.goto('/')
    const button =
      workspace === 'demo' ? /Charger la démonstration|Load the demo/ : /Commencer à zéro|Start empty/
    await this.page.getByRole('button', { name: button }).click()
    await expect(this.nav()).toBeVisible()
  }

  nav() {
    return this.page.getByRole('navigation', { name: /Navigation principale|Main navigation/ })
  }

  async go(link: RegExp | string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: link }).click()
  }

  table(name: RegExp | string) {
    return this.page.getByRole('table', { name })
  }

  dialog() {
    return this.page.getByRole('dialog')
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await expect(this.nav()).toBeVisible()
  }
}
