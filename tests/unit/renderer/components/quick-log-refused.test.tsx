// @vitest-environment happy-dom
// A quick log shows on the timeline before its write; when the disk refuses the write, the
// entry goes, the officer reads why, and the dialog comes back with what they typed.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import type { DBCore, DBCoreTable } from 'dexie'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { RelaisDatabase, useDatabase } from '@renderer/db/schema'
import { QuickLogHost } from '@renderer/features/interactions'
import { quickLog, useQuickLogState } from '@renderer/features/interactions/quickLogStore'
import { pendingLogs, usePendingLogs } from '@renderer/hooks/pendingLogs'
import { makeOrganization } from '../../../fixtures/factories'
import { PartyPickerDriver } from '../drivers/PartyPickerDriver'
import { renderApp } from '../drivers/renderApp'

/** Set once the scene is written: from then on every write fails as a full disk does. */
let diskFull = false
let companyId = ''

function fullDisk(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (request) =>
      diskFull
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : table.mutate(request)
  }
}

function Probe() {
  const opened = useQuickLogState().opened
  const pending = usePendingLogs()
  return (
    <output aria-label="probe">
      {opened ? 'open' : 'closed'} · {pending.length} pending
    </output>
  )
}

beforeEach(async () => {
  diskFull = false
  const database = new RelaisDatabase(`relais-full-disk-${crypto.randomUUID()}`)
  database.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({ ...down, table: (name) => fullDisk(down.table(name)) })
  })
  useDatabase(database)
  await database.open()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
})
afterEach(() => {
  act(() => quickLog.close())
  pendingLogs.forget(new Set())
  cleanup()
})

const probe = () => screen.getByRole('status', { name: 'probe', hidden: true }).textContent

it(
  'a refused quick log leaves nothing shown or stored, says the disk is full and reopens with the text typed',
  { timeout: 30_000 },
  async () => {
    renderApp(
      <>
        <QuickLogHost />
        <Probe />
      </>
    )
    act(() => quickLog.open())
    const picker = new PartyPickerDriver(/Entreprise ou contact/)
    await picker.type('alumi')
    await picker.offers(/^Alumitek/)
    await picker.press('{Enter}')
    await picker.user.click(screen.getByRole('textbox', { name: 'Notes', hidden: true }))
    await picker.press('Bilan du projet pilote')

    diskFull = true
    await picker.press('{Control>}{Enter}{/Control}')

    expect(
      await screen.findByText(
        'L’espace disque est plein : Relais n’a rien pu enregistrer. Libérez de l’espace puis réessayez.',
        {},
        { timeout: 10_000 }
      )
    ).toBeTruthy()
    await waitFor(() => expect(probe()).toBe('open · 0 pending'))
    expect(screen.getByRole('textbox', { name: 'Notes', hidden: true })).toHaveProperty(
      'value',
      'Bilan du projet pilote'
    )
    // the company's chip reads its label again when the dialog reopens
    expect(await screen.findByText('Alumitek')).toBeTruthy()
    diskFull = false
    expect(await listInteractionsOf('organizationIds', companyId)).toEqual([])
  }
)
