// Settings › Pipeline stages as a person uses them, and what the board makes of the result.
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'
import { PipelinePages } from './page-models/PipelinePages'

test('stages are renamed in both languages and a stage holding files cannot be removed', async ({ page }) => {
  const app = new RelaisApp(page)
  const pipeline = new PipelinePages(page)
  await app.start('demo')
  await app.go('Paramètres')
  const stages = page.getByRole('region', { name: 'Étapes du pipeline' })
  await stages.getByRole('button', { name: 'Modifier l’étape Piste' }).click()
  await app.dialog().getByRole('textbox', { name: 'Nom en français' }).fill('Occasion')
  await app.dialog().getByRole('textbox', { name: 'Nom en anglais' }).fill('Opportunity')
  await app.dialog().getByRole('button', { name: 'Enregistrer' }).click()
  await expect(stages.getByText('Occasion · Opportunity', { exact: true })).toBeVisible()

  await stages.getByRole('button', { name: 'Autres actions pour l’étape Analyse des besoins' }).click()
  await page.getByRole('menuitem', { name: 'Supprimer l’étape' }).click()
  await expect(
    page.getByText(
      'L’étape « Analyse des besoins » contient 2 dossiers (corbeille comprise) : déplacez-les d’abord.'
    )
  ).toBeVisible()

  await app.go('Financements')
  await pipeline.showView('Colonnes')
  await expect(pipeline.column('Occasion').getByRole('listitem')).toHaveCount(1)
  await expect(pipeline.column('Analyse des besoins').getByRole('listitem')).toHaveCount(2)
})

test('a stage added in Settings, given a default probability and moved up, takes that place on the board and gives new files its probability', async ({
  page
}) => {
  const app = new RelaisApp(page)
  const pipeline = new PipelinePages(page)
  const NEW_STAGE = 'Comité d’investissement'
  const FILE = 'Prêt de démarrage — vision industrielle'
  await app.start('demo')
  await app.go('Paramètres')
  const stages = page.getByRole('region', { name: 'Étapes du pipeline' })
  await stages.getByRole('button', { name: 'Ajouter une étape' }).click()
  const editor = page.getByRole('dialog', { name: 'Nouvelle étape' })
  await editor.getByRole('textbox', { name: 'Nom en français' }).fill(NEW_STAGE)
  await editor.getByRole('textbox', { name: 'Nom en anglais' }).fill('Investment committee')
  await editor.getByRole('textbox', { name: 'Probabilité par défaut' }).fill('75')
  await editor.getByRole('button', { name: 'Ajouter une étape' }).click()
  await expect(page.getByText(`Étape « ${NEW_STAGE} » ajoutée.`)).toBeVisible()

  // A new open stage comes last of the open ones, after Autorisé; one step up puts it before
  const rows = stages.getByRole('list', { name: 'Étapes du pipeline' }).getByRole('listitem')
  await expect(rows.nth(6)).toContainText(`${NEW_STAGE} · Investment committee`)
  await expect(rows.nth(6)).toContainText('75 %')
  await stages.getByRole('button', { name: `Autres actions pour l’étape ${NEW_STAGE}` }).click()
  await page.getByRole('menuitem', { name: 'Monter' }).click()
  await expect(rows.nth(5)).toContainText(NEW_STAGE)
  await expect(rows.nth(6)).toContainText('Autorisé')

  const order = [
    'Piste',
    'Première rencontre',
    'Analyse des besoins',
    'Demande déposée',
    'Analyse de crédit',
    NEW_STAGE,
    'Autorisé',
    'Décaissé',
    'Perdu',
    'En suspens'
  ]
  const headings = page
    .getByRole('group', { name: 'Colonnes du pipeline' })
    .getByRole('heading', { level: 3 })
  await app.go('Financements')
  await pipeline.showView('Colonnes')
  await expect(headings).toHaveText(order)
  await pipeline.expectColumn(NEW_STAGE, 0, '0 $', '0 $')

  // A new file created in that stage gets its default probability
  await page.getByRole('button', { name: 'Nouveau dossier' }).first().click()
  const form = app.dialog()
  await form.getByRole('combobox', { name: 'Entreprise' }).fill('borealis')
  await page.getByRole('option', { name: 'Borealis IA inc.' }).click()
  await form.getByRole('textbox', { name: 'Titre du dossier' }).fill(FILE)
  await form.getByRole('combobox', { name: 'Étape', exact: true }).click()
  await page.getByRole('option', { name: NEW_STAGE }).click()
  await expect(form.getByRole('textbox', { name: 'Probabilité (%)' })).toHaveValue('75\u00a0%')
  await form.getByRole('textbox', { name: 'Montant demandé' }).fill('100 000 $')
  await form.getByRole('button', { name: 'Créer le dossier' }).click()
  await expect(app.dialog()).toHaveCount(0)
  await expect(pipeline.column(NEW_STAGE).getByRole('listitem', { name: new RegExp(FILE) })).toBeVisible()
  await pipeline.expectColumn(NEW_STAGE, 1, '100 000 $', '75 000 $')

  await app.reload()
  await pipeline.showView('Colonnes')
  await expect(headings).toHaveText(order)
  await pipeline.expectColumn(NEW_STAGE, 1, '100 000 $', '75 000 $')
  await app.go('Paramètres')
  await expect(rows.nth(5)).toContainText(`${NEW_STAGE} · Investment committee`)
  await expect(rows.nth(5)).toContainText('75 %')
})
