// Drives a party picker as a person does: type a name, look at the offers, press a key, pick.
import { screen, waitFor } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'

export class PartyPickerDriver {
  readonly user: UserEvent = userEvent.setup()

  constructor(private readonly label: RegExp) {}

  /** (hidden: a dialog's content stays "hidden" to Testing Library, see offers()) */
  field(): HTMLElement {
    return screen.getByRole('textbox', { name: this.label, hidden: true })
  }

  async type(text: string): Promise<void> {
    await waitFor(() => this.field())
    await this.user.click(this.field())
    await this.user.keyboard(text)
  }

  /** The offers shown, once the first one reads `first`. (happy-dom runs no CSS transition, so the
   * dropdown stays "hidden" to Testing Library: options are looked up with hidden ones.) */
  async offers(first: RegExp): Promise<string[]> {
    const options = () => screen.queryAllByRole('option', { hidden: true })
    await waitFor(() => expect(options()[0]?.textContent).toMatch(first), { timeout: 10_000 })
    return options().map((o) => o.textContent ?? '')
  }

  async press(key: string): Promise<void> {
    await this.user.keyboard(key)
  }

  async pick(offer: RegExp): Promise<void> {
    await this.user.click(screen.getByRole('option', { name: offer, hidden: true }))
  }

  /** The names chosen, as the pills show them. */
  chosen(container: HTMLElement): string[] {
    return [...container.querySelectorAll('.mantine-Pill-label')].map(
      (pill) => pill.textContent?.trim() ?? ''
    )
  }
}
