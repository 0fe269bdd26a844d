// @vitest-environment happy-dom
// The board's first frame holds the cards of the columns in view only; the columns past the
// window's right edge get theirs on the next frame, before the person can scroll to them.
import { cleanup, waitFor } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { setSetting } from '@renderer/db/repositories/settings'
import { PipelineScreen } from '@renderer/features/pipeline/PipelineScreen'
import type { PipelineStage } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

const stages: PipelineStage[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `s${n}`,
  fr: `Étape ${n}`,
  en: `Stage ${n}`,
  probability: 10 * n,
  kind: 'open'
}))

/** The headings of the columns that hold at least one card. */
const columnsWithCards = () =>
  [...document.querySelectorAll('section')]
    .filter((column) => column.querySelector('li'))
    .map((column) => column.querySelector('h3')?.textContent)

// happy-dom lays nothing out: a 600 px window (columns are 240 px and 12 px apart: three in
// view, the third in part), and 600 px tall columns
const windowWidth = window.innerWidth
const columnHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeEach(() => {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
})
afterEach(() => {
  cleanup()
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: windowWidth })
  if (columnHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', columnHeight)
})

describe('the board’s first frame', () => {
  it('has the cards of the columns in view, and every column’s from the next frame', async () => {
    await freshDatabase()
    await setSetting('pipelineStages', stages)
    const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
    for (const stage of stages)
      await createOpportunity({ organizationId: company.id, title: `Prêt ${stage.id}`, stageId: stage.id })
    const commits: (string | undefined)[][] = []
    renderApp(
      <Profiler id="board" onRender={() => commits.push(columnsWithCards())}>
        <PipelineScreen />
      </Profiler>
    )
    await waitFor(() => expect(columnsWithCards()).toHaveLength(6))
    expect(commits.find((columns) => columns.length > 0)).toEqual(['Étape 1', 'Étape 2', 'Étape 3'])
  })
})
