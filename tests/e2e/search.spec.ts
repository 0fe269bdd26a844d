import { expect, test } from '@playwright/test'
import { PipelinePages } from './page-models/PipelinePages'
import { RelaisApp } from './page-models/RelaisApp'
import { SearchPalette } from './page-models/SearchPalette'

test.describe('search and command palette', () => {
  test('typing "eloise" finds Éloïse; Enter opens her contact', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('eloise')
    await expect(palette.group(/^Contacts \(1\)$/)).toBeVisible()
    await expect(palette.line(/^Éloïse Tremblay/)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: /Éloïse/ })).toBeVisible()
    await expect(page).toHaveURL(/#\/contacts\//)
  })

  test('letters typed at once after Ctrl+K, right at start, all reach the box', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    // no wait for the box: an officer types as soon as the shortcut is down
    await page.keyboard.press('Control+k')
    await page.keyboard.type('eloise')
    await expect(palette.box()).toHaveValue('eloise')
    await expect(palette.line(/^Éloïse Tremblay/)).toBeVisible()
  })

  test('Ctrl+K, a name and Enter typed at once, right at start, open the record', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await page.keyboard.press('Control+k')
    await page.keyboard.type('eloise')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: /Éloïse/ })).toBeVisible()
    await expect(page).toHaveURL(/#\/contacts\//)
    await expect(palette.box()).toBeHidden()
  })

  test('a word found only in a meeting note leads to its company', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('hydrogene vert')
    await expect(palette.group(/^Interactions \(1\)$/)).toBeVisible()
    const note = palette.line(/Électrolyse Péribonka inc\./)
    await expect(note).toContainText('hydrogène vert')
    await note.click()
    await expect(page.getByRole('heading', { level: 2, name: 'Électrolyse Péribonka inc.' })).toBeVisible()
  })

  test('the arrows pick a result and Enter opens it; a result clicked opens and closes the palette', async ({
    page
  }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('peribonka')
    await expect(palette.group(/^Contacts \(2\)$/)).toBeVisible()
    // the company first (picked as the word's results arrive), then its two people
    await expect(palette.line(/^Électrolyse Péribonka inc\./)).toHaveAttribute('data-selected')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: /^Anaïs Dionne/ })).toBeVisible()
    await expect(palette.box()).toBeHidden()

    await palette.search('peribonka')
    await palette.line(/^Étienne Boivin/).click()
    await expect(page.getByRole('heading', { level: 2, name: /^Étienne Boivin/ })).toBeVisible()
    await expect(palette.box()).toBeHidden()
  })

  test('the line picked follows the typing and the arrows, also when results arrive above the actions', async ({
    page
  }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await page.keyboard.press('Control+k')
    await expect(palette.box()).toBeFocused()
    // "r": the actions starting with it show at once, the records found arrive above them
    await page.keyboard.press('r')
    const lines = page.getByRole('dialog').getByRole('button')
    const logMeeting = palette.line(/^Consigner une rencontre/)
    await expect(palette.group(/^Entreprises/)).toBeVisible()
    await expect(logMeeting).toBeVisible()
    await expect(lines.first()).toHaveAttribute('data-selected')
    await expect(logMeeting).not.toHaveAttribute('data-selected')

    await page.keyboard.press('ArrowDown')
    await expect(lines.nth(1)).toHaveAttribute('data-selected')
    await expect(lines.first()).not.toHaveAttribute('data-selected')
    // the next letter's results take the lines' places: the first one is picked again
    await page.keyboard.press('e')
    await expect(palette.box()).toHaveValue('re')
    await expect(lines.first()).toHaveAttribute('data-selected')
    await expect(page.getByRole('dialog').locator('[data-selected]')).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(palette.box()).toBeHidden()
    await expect(page.getByRole('dialog', { name: 'Consigner une rencontre' })).toBeHidden()
    await expect(page).toHaveURL(/#\/(companies|contacts)\//)
  })

  test('a word typed at once shows its first result picked, and Enter opens that one', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('fjord')
    await expect(palette.group(/^Entreprises \(2\)$/)).toBeVisible()
    // no action is called « fjord »: the lines are the records found, which arrive after the word
    const first = page.getByRole('dialog').getByRole('button').first()
    await expect(first).toHaveAccessibleName(/^Télécom Fjord inc\./)
    await expect(first).toHaveAttribute('data-selected')
    await expect(page.getByRole('dialog').locator('[data-selected]')).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Télécom Fjord inc.' })).toBeVisible()
  })

  test('"log a meeting" runs from the palette', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('consigner')
    await expect(palette.line(/Consigner une rencontre/)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Consigner une rencontre' })).toBeVisible()
  })

  test('a company created from the palette is found at once', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('empty')
    const palette = new SearchPalette(page)
    await palette.search('nouvelle entr')
    await page.keyboard.press('Enter')
    const form = page.getByRole('dialog', { name: 'Nouvelle entreprise' })
    await form.getByLabel('Nom', { exact: false }).first().fill('Érablière Numérique du Lac')
    await form.getByRole('button', { name: 'Créer l’entreprise' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Érablière Numérique du Lac' })).toBeVisible()

    await app.go('Aujourd’hui')
    await palette.search('erabliere numeriq')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Érablière Numérique du Lac' })).toBeVisible()
  })

  test('in English: groups, actions and their shortcuts', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('anglais')
    await page.keyboard.press('Enter')
    await expect(app.nav()).toHaveAccessibleName('Main navigation')
    await palette.search('eloise')
    await expect(palette.group(/^Contacts \(1\)$/)).toBeVisible()
    await palette.box().fill('log')
    await expect(palette.line(/Log a meeting/)).toContainText('Ctrl+L')
    await page.keyboard.press('Escape')
    await expect(palette.box()).toBeHidden()
    await page.keyboard.press('Shift+?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+K')
  })

  test('a new financing file, the report export and Go to Reports, each with its shortcut', async ({
    page
  }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    const palette = new SearchPalette(page)
    await palette.search('nouveau dossier')
    await expect(palette.line(/Nouveau dossier de financement/)).toContainText('Ctrl+Shift+F')
    await page.keyboard.press('Enter')
    const form = page.getByRole('dialog', { name: 'Nouveau dossier de financement' })
    await expect(form).toBeVisible()
    await form.getByRole('button', { name: 'Annuler' }).click()
    await expect(form).toBeHidden()

    await palette.search('exporter le rapport')
    await expect(palette.line(/Exporter le rapport « Activité » en XLSX/)).toContainText('Ctrl+E')
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(
      /^relais-activite-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/
    )
    await expect(page.getByRole('heading', { level: 2, name: 'Rapports' })).toBeVisible()
    await expect(page.getByText(`Rapport enregistré : ${download.suggestedFilename()}`)).toBeVisible()

    await app.go('Aujourd’hui')
    await page.keyboard.press('Shift+?')
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' })
    await expect(help.getByRole('row', { name: /Nouveau dossier de financement/ })).toContainText(
      'Ctrl+Shift+F'
    )
    await expect(help.getByRole('row', { name: /Aller aux Rapports/ })).toContainText('Ctrl+8')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
    await page.keyboard.press('Control+8')
    await expect(page.getByRole('heading', { level: 2, name: 'Rapports' })).toBeVisible()
  })
})

test.describe('saved views', () => {
  // Two demo loads and a reload: slow on a busy 2-core machine, not a speed check
  test.describe.configure({ timeout: 120_000 })

  async function saveView(app: RelaisApp, name: string) {
    const { page } = app
    await page.getByRole('button', { name: 'Vues' }).click()
    await page.getByRole('menuitem', { name: 'Enregistrer la vue actuelle…' }).click()
    await app.dialog().getByLabel('Nom de la vue').fill(name)
    await app.dialog().getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('button', { name: `Vue : ${name}` })).toBeVisible()
  }

  test('save the Companies filters, reload, and reuse the view pinned in the navigation', async ({
    page
  }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    await app.go('Entreprises')
    const filter = page.getByRole('textbox', { name: 'Filtrer les entreprises' })
    await filter.fill('saguenay')
    const shown = await app.table('Entreprises').getByRole('row').count()
    await saveView(app, 'Au Saguenay')

    await page.getByRole('button', { name: 'Effacer les filtres' }).click()
    await app.reload()
    await app.go('Aujourd’hui')
    await page
      .getByRole('navigation', { name: 'Vues épinglées' })
      .getByRole('link', { name: /Au Saguenay/ })
      .click()
    await expect(filter).toHaveValue('saguenay')
    await expect(app.table('Entreprises').getByRole('row')).toHaveCount(shown)
    await expect(page.getByRole('button', { name: 'Vue : Au Saguenay' })).toBeVisible()
  })

  test('rename a view, delete it and undo', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    await app.go('Entreprises')
    await saveView(app, 'Au Saguenay')
    const pinned = page.getByRole('navigation', { name: 'Vues épinglées' })

    await page.getByRole('button', { name: 'Vue : Au Saguenay' }).click()
    await page.getByRole('menuitem', { name: 'Gérer les vues' }).click()
    await app.dialog().getByRole('button', { name: 'Renommer « Au Saguenay »' }).click()
    await app.dialog().getByLabel('Nom de la vue').fill('Saguenay–Lac-Saint-Jean')
    await app.dialog().getByRole('button', { name: 'Enregistrer' }).click()
    await expect(pinned.getByRole('link', { name: /Saguenay–Lac-Saint-Jean/ })).toBeVisible()

    await app.dialog().getByRole('button', { name: 'Supprimer « Saguenay–Lac-Saint-Jean »' }).click()
    await expect(pinned).toBeHidden()
    await page.getByRole('alert').getByRole('button', { name: 'Annuler' }).click()
    await expect(pinned.getByRole('link', { name: /Saguenay–Lac-Saint-Jean/ })).toBeVisible()
  })

  test('save a Pipeline view with a stage filter, reload, and open it from the navigation', async ({
    page
  }) => {
    const app = new RelaisApp(page)
    const pipeline = new PipelinePages(page)
    await app.start('demo')
    await app.go('Financements')
    await pipeline.showView('Liste')
    const rows = app.table('Dossiers de financement').getByRole('row')
    await expect(rows).toHaveCount(13) // header, 11 files, totals
    const stage = page.getByRole('combobox', { name: 'Étape' })
    await stage.click()
    await page.getByRole('option', { name: 'Analyse des besoins' }).click()
    await page.keyboard.press('Escape')
    await expect(rows).toHaveCount(4)
    await saveView(app, 'Analyses en cours')

    await page.getByRole('button', { name: 'Effacer les filtres' }).click()
    await pipeline.showView('Colonnes')
    await app.reload()
    await app.go('Aujourd’hui')
    await page
      .getByRole('navigation', { name: 'Vues épinglées' })
      .getByRole('link', { name: /Analyses en cours/ })
      .click()
    await expect(page).toHaveURL(/#\/pipeline$/)
    await expect(page.getByRole('button', { name: 'Vue : Analyses en cours' })).toBeVisible()
    await expect(rows).toHaveCount(4)
    await expect(rows.filter({ hasText: 'Série A' })).toHaveCount(1)
    await expect(rows.filter({ hasText: 'Ronde d’amorçage' })).toHaveCount(0)
  })
})
