// @vitest-environment happy-dom
// A card moved into a column is in the page in the move's own render, even far down a long column
// and scrolled into view before that render paints: the board shows the move at once.
import { DndContext } from '@dnd-kit/core'
import { act, cleanup, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { arrivalAt, withArrival } from '@renderer/features/pipeline/board/arrival'
import { BoardColumn } from '@renderer/features/pipeline/board/BoardColumn'
import type { CardModel, ColumnModel } from '@renderer/features/pipeline/board/boardModel'
import type { Opportunity, PipelineStage } from '@shared/schemas'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

describe('where a moved card lands', () => {
  // 20 cards of 144 px, 600 px visible: a screen holds 5 cards (the fifth in part)
  it('needs no scroll when it lands on screen', () => {
    expect(arrivalAt(2, 20, 144, 0, 600)).toEqual({
      index: 2,
      offScreen: false,
      screenful: { first: 2, last: 2 },
      scrollTop: 0
    })
  })
  it('scrolls down to it when it lands below, or only partly visible', () => {
    // card 11 spans 1440–1584 px: it is the last one on screen at 984 px
    expect(arrivalAt(10, 20, 144, 0, 600)).toMatchObject({
      screenful: { first: 5, last: 10 },
      scrollTop: 984
    })
    expect(arrivalAt(4, 20, 144, 0, 600)).toEqual({
      index: 4,
      offScreen: true,
      screenful: { first: 0, last: 4 },
      scrollTop: 120
    })
  })
  it('scrolls up to it when it lands above', () => {
    expect(arrivalAt(3, 20, 144, 1440, 600)).toEqual({
      index: 3,
      offScreen: true,
      screenful: { first: 3, last: 8 },
      scrollTop: 432
    })
    expect(arrivalAt(18, 20, 144, 1440, 600)).toMatchObject({
      screenful: { first: 13, last: 18 },
      scrollTop: 2136
    })
  })
  it('adds the screenful it lands in to the cards on screen', () => {
    const range = { startIndex: 0, endIndex: 3, overscan: 3, count: 20 }
    expect(withArrival(range, null)).toEqual([0, 1, 2, 3, 4, 5, 6])
    const arrival = { index: 12, offScreen: true, screenful: { first: 9, last: 12 }, scrollTop: 1272 }
    expect(withArrival(range, arrival)).toEqual([0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12])
  })
})

const stage: PipelineStage = { id: 'b', fr: 'Analyse', en: 'Review', probability: 50, kind: 'open' }

function card(title: string, amount: number, moving = false): CardModel {
  const file = { id: title, title, stageId: 'b', stageEnteredAt: '2026-11-01T12:00:00.000Z' }
  return { file: file as Opportunity, stageId: 'b', moving, company: 'Alumitek', amountCents: amount }
}

function column(cards: CardModel[]): ColumnModel {
  return { stage, cards, totals: { count: cards.length, totalCents: 0, weightedCents: 0 } }
}

/** Shows the next model of the column, as the board does after a move. */
let show: (model: ColumnModel) => void = () => {}

function Board({ initial }: { initial: ColumnModel }) {
  const [model, setModel] = useState(initial)
  show = setModel
  return (
    <DndContext>
      <BoardColumn column={model} name="Analyse" today="2026-12-03" stages={[stage]} onMove={() => {}} />
    </DndContext>
  )
}

describe('a column receiving a moved card', () => {
  // happy-dom lays nothing out: the column shows 600 px, about four cards
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  })
  afterEach(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
  })
  const cards = Array.from({ length: 30 }, (_, i) => card(`Dossier ${i + 1}`, 100_000 - i * 1000))

  it('has the card in the page and scrolled into view as soon as it moves, far down the column', () => {
    renderApp(<Board initial={column(cards)} />)
    expect(screen.getByRole('listitem', { name: /Dossier 1\b/ })).toBeTruthy()
    expect(screen.queryByRole('listitem', { name: /Dossier 26\b/ })).toBeNull()
    const arriving = card('Usine de Lévis', 75_500, true)
    act(() => show(column([...cards.slice(0, 25), arriving, ...cards.slice(25)])))
    const placed = screen.getByRole('listitem', { name: /Usine de Lévis/ })
    expect(placed.getAttribute('aria-posinset')).toBe('26')
    expect(placed.getAttribute('aria-busy')).toBe('true')
    // Card 26 spans 3600–3744 px; with 600 px visible the column shows it from 3144 px
    expect(placed.closest('ul')?.parentElement?.scrollTop).toBe(3144)
  })
})
