// @vitest-environment happy-dom
// A column the board showed before starts from its scroller's size then: its cards are in its first
// commit, and reading the size again changes nothing (before, each visit committed every column
// with no card, then again with its cards, before the first paint).
import { DndContext } from '@dnd-kit/core'
import { cleanup } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BoardColumn } from '@renderer/features/pipeline/board/BoardColumn'
import type { CardModel, ColumnModel } from '@renderer/features/pipeline/board/boardModel'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

const stage: PipelineStage = { id: 'sized', fr: 'Analyse', en: 'Review', probability: 50, kind: 'open' }

function card(i: number): CardModel {
  const file = {
    id: `f${i}`,
    title: `Dossier ${i}`,
    stageId: 'sized',
    stageEnteredAt: '2026-11-01T12:00:00.000Z'
  }
  return { file: file as Opportunity, stageId: 'sized', moving: false, company: 'Alumitek', amountCents: 100 }
}

const column: ColumnModel = {
  stage,
  cards: Array.from({ length: 30 }, (_, i) => card(i + 1)),
  totals: { count: 30, totalCents: 3000, weightedCents: 1500 }
}

/** Each commit of the column: mount or update, and how many cards the page held then. */
function showColumn() {
  const commits: string[] = []
  const view = renderApp(
    <DndContext>
      <Profiler
        id="column"
        onRender={(_, phase) => commits.push(`${phase} ${document.querySelectorAll('li').length}`)}
      >
        <BoardColumn column={column} name="Analyse" today="2026-12-03" stages={[stage]} onMove={() => {}} />
      </Profiler>
    </DndContext>
  )
  return { commits, unmount: view.unmount }
}

describe('a column shown again', () => {
  // happy-dom lays nothing out: the column shows 600 px, cards 1–5 and one past the edge
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  })
  afterEach(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
  })

  it('has its cards in its first commit, and commits once', () => {
    const first = showColumn()
    // the first time its size is unknown: no card until it is read, in a second commit before the paint
    expect(first.commits).toEqual(['mount 0', 'nested-update 6'])
    first.unmount()
    const again = showColumn()
    expect(again.commits).toEqual(['mount 6'])
  })
})
