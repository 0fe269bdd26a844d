import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'
import { exactly, PipelinePages } from './page-models/PipelinePages'

const TITLE = 'Prêt croissance — usine de Jonquière'
const COMPANY = 'Hydrogène Saguenay inc.'
const nextYear = new Date().getFullYear() + 1

test('a file of 250 000 $ goes from stage to stage by mouse and keyboard, survives a reload, then is lost with a reason', async ({
  page
}) => {
  test.slow() // one long journey: company, file, four moves, reload, lost, meeting, timeline
  const app = new RelaisApp(page)
  const pipeline = new PipelinePages(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill(COMPANY)
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  await expect(page.getByRole('heading', { level: 2, name: COMPANY })).toBeVisible()

  await app.go('Financements')
  await expect(page.getByText('Aucun dossier de financement pour l’instant')).toBeVisible()
  await page.getByRole('button', { name: 'Nouveau dossier' }).first().click()
  const form = app.dialog()
  await form.getByRole('combobox', { name: 'Entreprise' }).fill('hydrogene')
  await page.getByRole('option', { name: COMPANY }).click()
  await form.getByRole('textbox', { name: 'Titre du dossier' }).fill(TITLE)

  // Bad input: a clear French message, and nothing is stored
  const amount = form.getByRole('textbox', { name: 'Montant demandé' })
  await amount.fill('abc')
  await amount.blur()
  await expect(form.getByText('Montant invalide : entrez un montant comme « 250 000 $ ».')).toBeVisible()
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(form.getByText('Montant invalide', { exact: false })).toBeVisible()
  await amount.fill('-5 000 $')
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(form.getByText('Un montant ne peut pas être négatif.')).toBeVisible()
  await amount.fill('250 000 $')
  const close = form.getByRole('textbox', { name: 'Clôture prévue' })
  await close.fill('2020-01-15')
  await close.blur()
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(
    form.getByText('La date de clôture prévue ne peut pas précéder l’ouverture du dossier.')
  ).toBeVisible()
  await close.fill(`${nextYear}-06-30`)
  await close.blur()
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(app.dialog()).toHaveCount(0)

  // On the board in Lead, at 10 %
  await expect(pipeline.column('Piste').getByRole('listitem', { name: new RegExp(TITLE) })).toBeVisible()
  await pipeline.expectColumn('Piste', 1, '250 000 $', '25 000 $')
  await expect(page.getByText(exactly('1 dossier ouvert'))).toBeVisible()

  // Drag and drop to First meeting; Ctrl+Z puts it back; drag it again
  await pipeline.drag(TITLE, 'Première rencontre')
  await expect(
    pipeline.column('Première rencontre').getByRole('listitem', { name: new RegExp(TITLE) })
  ).toBeVisible()
  await pipeline.expectColumn('Première rencontre', 1, '250 000 $', '50 000 $')
  await pipeline.expectColumn('Piste', 0, '0 $', '0 $')
  await page.keyboard.press('Control+z')
  await expect(pipeline.column('Piste').getByRole('listitem', { name: new RegExp(TITLE) })).toBeVisible()
  await pipeline.expectColumn('Première rencontre', 0, '0 $', '0 $')
  await pipeline.drag(TITLE, 'Première rencontre')
  await pipeline.expectColumn('Première rencontre', 1, '250 000 $', '50 000 $')

  // Keyboard: Space, right arrow, Space
  await pipeline.moveByKeyboard(TITLE, ['ArrowRight'], 'Analyse des besoins')
  await expect(
    pipeline.column('Analyse des besoins').getByRole('listitem', { name: new RegExp(TITLE) })
  ).toBeVisible()
  await pipeline.expectColumn('Analyse des besoins', 1, '250 000 $', '75 000 $')
  await pipeline.expectColumn('Première rencontre', 0, '0 $', '0 $')

  await app.reload()
  await pipeline.expectColumn('Analyse des besoins', 1, '250 000 $', '75 000 $')

  // The file's page: its stage history follows (the undone move left no trace)
  await pipeline.card(new RegExp(TITLE)).getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible()
  const history = page.getByRole('region', { name: 'Historique des étapes (3)' })
  await expect(history.getByText('Ouvert à l’étape Piste')).toBeVisible()
  await expect(history.getByText('Piste → Première rencontre')).toBeVisible()
  await expect(history.getByText('Première rencontre → Analyse des besoins')).toBeVisible()

  // Lost, with a reason (required)
  await page.getByRole('button', { name: 'Marquer comme perdu' }).click()
  await app.dialog().getByRole('button', { name: 'Marquer comme perdu' }).click()
  await expect(app.dialog().getByText('Indiquez pourquoi le dossier a été perdu.')).toBeVisible()
  await app
    .dialog()
    .getByRole('textbox', { name: 'Raison de la perte' })
    .fill('Le promoteur a choisi un financement privé.')
  await app.dialog().getByRole('button', { name: 'Marquer comme perdu' }).click()
  await expect(
    page.getByRole('region', { name: 'Historique des étapes (4)' }).getByText('Analyse des besoins → Perdu')
  ).toBeVisible()
  await expect(page.getByText('Le promoteur a choisi un financement privé.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Marquer comme perdu' })).toHaveCount(0)

  // A meeting logged about this file: the quick log comes preset with it, the page lists it
  await page.getByRole('button', { name: 'Consigner une rencontre sur ce dossier' }).click()
  const quickLog = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await expect(quickLog.getByRole('combobox', { name: 'Dossier de financement' })).toHaveValue(TITLE)
  await quickLog.getByRole('textbox', { name: 'Sujet' }).fill('Bilan avec le promoteur')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Interaction consignée.')).toBeVisible()
  const activity = page.getByRole('region', { name: 'Rencontres et suivis (1)' })
  await expect(activity.getByText('Bilan avec le promoteur')).toBeVisible()

  // The company's timeline shows every stage change
  await page.getByRole('main').getByRole('link', { name: COMPANY }).first().click()
  const timeline = page.getByRole('region', { name: /^Historique \(/ })
  for (const step of [
    'Piste → Première rencontre',
    'Première rencontre → Analyse des besoins',
    'Analyse des besoins → Perdu'
  ])
    await expect(timeline.getByText(`Étape : ${step}`)).toBeVisible()
  await expect(timeline.getByText('Dossier ouvert à l’étape Piste')).toBeVisible()
  await expect(timeline.getByText('Bilan avec le promoteur')).toBeVisible()

  await app.go('Financements')
  await pipeline.expectColumn('Perdu', 1, '250 000 $', '0 $')
  await expect(page.getByText(exactly('Aucun dossier ouvert'))).toBeVisible()
})

test('the demo pipeline: a won file cannot go back, the table filters and totals, the charts render', async ({
  page
}) => {
  const app = new RelaisApp(page)
  const pipeline = new PipelinePages(page)
  await app.start('demo')
  await app.go('Financements')
  await pipeline.showView('Colonnes')
  const won = 'Prêt croissance — expansion de la plateforme SaaS'
  await expect(pipeline.column('Décaissé').getByRole('listitem', { name: new RegExp(won) })).toBeVisible()
  await pipeline.moveWithMenu(won, 'Piste')
  await expect(
    page.getByText('Ce dossier est gagné : il ne peut pas revenir à une étape précédente.')
  ).toBeVisible()
  await expect(pipeline.column('Décaissé').getByRole('listitem', { name: new RegExp(won) })).toBeVisible()

  await pipeline.showView('Liste')
  const table = app.table('Dossiers de financement')
  await expect(table.getByRole('row')).toHaveCount(13) // header, 11 files, totals
  await page.getByRole('combobox', { name: 'Produit' }).click()
  await page.getByRole('option', { name: 'Subvention' }).click()
  await page.keyboard.press('Escape')
  await expect(table.getByRole('row')).toHaveCount(4)
  const totals = table.getByRole('row').last()
  await expect(totals.getByRole('cell').first()).toHaveText('Total (2 dossiers)')
  await expect(totals.getByText(exactly('225 000 $'))).toBeVisible()

  await pipeline.showView('Graphiques')
  for (const title of [
    'Valeur du pipeline par étape',
    'Dossiers gagnés et perdus par mois',
    'Jours moyens par étape',
    'Conversion d’une étape à l’autre'
  ]) {
    const chart = page.getByRole('region', { name: title })
    await expect(chart.locator('.recharts-bar-rectangle').filter({ visible: true }).first()).toBeVisible()
  }
  await expect(
    page
      .getByRole('region', { name: 'Valeur du pipeline par étape' })
      .getByRole('rowheader', { name: 'Piste' })
  ).toBeAttached()

  // In English: the board's columns, amounts written the English way
  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Pipeline')
  await page.getByRole('radiogroup', { name: 'Pipeline view' }).getByText('Board').click()
  const disbursed = page
    .getByRole('group', { name: 'Pipeline columns' })
    .getByRole('region', { name: 'Disbursed', exact: true })
  await expect(disbursed.getByRole('listitem', { name: new RegExp(won) })).toBeVisible()
  await expect(disbursed.getByText(/^Total: \$[\d,]+$/)).toBeVisible()
})
