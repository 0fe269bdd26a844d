// Event mode and the event page, driven by roles and accessible names.
import { expect, type Page } from '@playwright/test'

export class EventPages {
  constructor(readonly page: Page) {}

  line(number: number) {
    return this.page.getByRole('group', { name: new RegExp(`^(Rencontre|Encounter) ${number}$`) })
  }

  /** Type a name in a line's picker and pick the offer shown first (or the one named). */
  async pick(number: number, typed: string, offer?: RegExp) {
    const field = this.line(number).getByRole('textbox', {
      name: /Personne et entreprise|Person and company/
    })
    await field.fill(typed)
    if (offer) {
      await expect(this.page.getByRole('option', { name: offer }).first()).toBeVisible()
      await this.page.getByRole('option', { name: offer }).first().click()
    } else {
      await expect(this.page.getByRole('option').first()).toBeVisible()
      await field.press('Enter')
    }
  }

  /** The note, then Enter: on to the next line. */
  async note(number: number, text: string) {
    const note = this.line(number).getByRole('textbox', { name: /^(Note)$/ })
    await note.fill(text)
    await note.press('Enter')
  }

  section(name: RegExp) {
    return this.page.getByRole('region', { name })
  }
}
