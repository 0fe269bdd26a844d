// The command palette, driven from the keyboard the way an officer uses it.
import { expect, type Page } from '@playwright/test'

export class SearchPalette {
  constructor(readonly page: Page) {}

  box() {
    return this.page.getByRole('textbox', { name: /^(Rechercher|Search)$/ })
  }

  /** Ctrl+K, then type the query; waits until the palette shows what it found. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await expect(this.box()).toBeFocused()
    await this.box().fill(query)
  }

  /** A result or action line, by its accessible name. */
  line(name: RegExp | string) {
    return this.page.getByRole('dialog').getByRole('button', { name })
  }

  /** A group of results ("Contacts (1)"). */
  group(name: RegExp | string) {
    return this.page.getByRole('dialog').getByRole('group', { name })
  }
}
