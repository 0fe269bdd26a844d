// @vitest-environment happy-dom
// The restore's confirmation names the NEQ repair before anything is replaced: which company keeps
// the NEQ, which one has it moved into its notes, and where to merge them if they are one company.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '@shared/backup/format'
import { TABLES } from '@shared/db/tables'
import { readAllTables } from '@renderer/db/repositories/backup'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { previewRestore } from '@renderer/features/backup/backupService'
import { RestoreConfirmModal } from '@renderer/features/backup/RestoreConfirmModal'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: LATEST_VERSION }

afterEach(() => cleanup())

/** A backup where « Alumitek Saguenay », created after « Alumitek inc. », was given its NEQ. */
async function previewWithSharedNeq(language: 'fr' | 'en') {
  const database = await freshDatabase()
  const first = await createOrganization(makeOrganization({ name: 'Alumitek inc.', neq: '1234567890' }))
  const copy = await createOrganization(makeOrganization({ name: 'Alumitek Saguenay' }))
  await database.organizations.update(first.id, { createdAt: '2025-03-01T12:00:00.000Z' })
  await database.organizations.update(copy.id, { neq: '1234567890', createdAt: '2026-06-01T12:00:00.000Z' })
  const file = await serializeBackup(await readAllTables(), META)
  return previewRestore(await parseBackup(file, LATEST_VERSION, TABLES, language))
}

describe('the restore confirmation', { timeout: 30_000 }, () => {
  it.each([
    [
      'fr' as const,
      'Une entreprise perdra un NEQ déjà porté par une autre, créée avant elle',
      'NEQ 1234567890 : gardé par « Alumitek inc. », retiré de « Alumitek Saguenay » et noté dans ses notes. S’il s’agit de la même entreprise, fusionnez-les depuis Entreprises › Doublons possibles.'
    ],
    [
      'en' as const,
      'One company will lose a NEQ already held by another, created before it',
      'NEQ 1234567890: kept by “Alumitek inc.”, removed from “Alumitek Saguenay” and written in its notes. If they are the same company, merge them from Companies › Possible duplicates.'
    ]
  ])('names the NEQ given back to the company created first (%s)', async (language, title, line) => {
    const preview = await previewWithSharedNeq(language)
    renderApp(
      <RestoreConfirmModal preview={preview} busy={false} onCancel={() => {}} onConfirm={() => {}} />,
      language
    )
    const dialog = await screen.findByRole('dialog')
    const alert = within(dialog).getByText(title).closest('[role="alert"]') as HTMLElement
    expect(alert).toBeTruthy()
    expect(within(alert).getByText(line)).toBeTruthy()
  })
})
