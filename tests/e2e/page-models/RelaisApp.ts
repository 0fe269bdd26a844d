// Drives Relais in browser mode the way a person would: by roles and accessible names.
import { expect, type FileChooser, type Locator, type Page } from '@playwright/test'

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

  /** Click what opens a file picker (an import, a restore) and pick these files in it. */
  async chooseFile(opener: Locator, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), opener.click()])
    await chooser.setFiles(files)
  }

  /** Click what starts a download and return the downloaded file's path. */
  async download(trigger: Locator): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()])
    return { path: (await download.path())!, name: download.suggestedFilename() }
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await expect(this.nav()).toBeVisible()
  }
}
