// The pipeline screens as a person uses them: columns found by their stage name, cards by their
// file title, moves by mouse, by keyboard and by the "Move to…" menu.
import { expect, type Page } from '@playwright/test'

export class PipelinePages {
  constructor(readonly page: Page) {}

  column(stage: string) {
    return this.page
      .getByRole('group', { name: 'Colonnes du pipeline' })
      .getByRole('region', { name: stage, exact: true })
  }

  card(title: string | RegExp) {
    return this.page.getByRole('listitem', { name: title })
  }

  async showView(name: 'Colonnes' | 'Liste' | 'Graphiques'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Affichage du pipeline' }).getByText(name).click()
  }

  /** Drag a card with the mouse onto a column, in small steps as a hand would. */
  async drag(title: string | RegExp, toStage: string): Promise<void> {
    const card = this.card(title)
    const from = await card.boundingBox()
    const to = await this.column(toStage).boundingBox()
    if (!from || !to) throw new Error('card or column not on screen')
    await this.page.mouse.move(from.x + from.width / 2, from.y + 20)
    await this.page.mouse.down()
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + 25, { steps: 3 })
    await this.page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 })
    await this.page.mouse.up()
  }

  /**
   * Pick a card up from its handle with Space, move it with the arrows, drop it with Space, each
   * step once the screen reader has announced the previous one.
   */
  async moveByKeyboard(
    title: string,
    arrows: ('ArrowRight' | 'ArrowLeft')[],
    toStage: string
  ): Promise<void> {
    const heard = (text: string) => expect(this.page.getByText(text, { exact: true })).toBeAttached()
    const from = await this.stageOf(title)
    await this.page.getByRole('button', { name: `Glisser « ${title} » vers une autre étape` }).focus()
    await this.page.keyboard.press('Space')
    // "picked up" is said first, then at once that the card is over its own column
    await heard(`« ${title} » au-dessus de l’étape ${from}.`)
    // dnd-kit listens for the arrows from a timer set at the pick-up; the browser serves key
    // presses before timers, so a busy page could take the arrow first: one timer turn in the page
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve)))
    for (const arrow of arrows) await this.page.keyboard.press(arrow)
    await heard(`« ${title} » au-dessus de l’étape ${toStage}.`)
    await this.page.keyboard.press('Space')
    await heard(`« ${title} » déposé à l’étape ${toStage}.`)
  }

  /** The name of the column a card sits in. */
  private async stageOf(title: string): Promise<string> {
    const column = this.page
      .getByRole('group', { name: 'Colonnes du pipeline' })
      .getByRole('region')
      .filter({ has: this.card(new RegExp(title)) })
    return (await column.getByRole('heading', { level: 3 }).textContent()) ?? ''
  }

  async moveWithMenu(title: string, toStage: string): Promise<void> {
    await this.page.getByRole('button', { name: `Déplacer « ${title} » vers une autre étape` }).click()
    await this.page.getByRole('menuitem', { name: toStage, exact: true }).click()
  }

  /** The column's count, total and weighted total, as the column header shows them. */
  async expectColumn(stage: string, count: number, total: string, weighted: string): Promise<void> {
    const column = this.column(stage)
    await expect(column.getByText(exactly(`Total : ${total}`))).toBeVisible()
    await expect(column.getByText(exactly(`Pondéré : ${weighted}`))).toBeVisible()
    const label = count === 0 ? 'Aucun dossier' : `${count} ${count > 1 ? 'dossiers' : 'dossier'}`
    await expect(column.getByLabel(exactly(label))).toBeVisible()
  }
}

/** A text matched whole, any space standing for the no-break spaces Intl writes in "250 000 $". */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&').replace(/ /g, '\\s')}$`)
}
