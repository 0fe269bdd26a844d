// @vitest-environment happy-dom
// The board's columns after a move: the card shows in its new column at its place (largest amount
// first), and a column the move does not touch keeps its model, so it does not render again.
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useBoardColumns } from '@renderer/features/pipeline/board/boardModel'
import type { BoardCard, Organization, PipelineStage } from '@shared/schemas'

const stage = (id: string): PipelineStage => ({ id, fr: id, en: id, probability: 50, kind: 'open' })
const stages = [stage('a'), stage('b'), stage('c')]
const company = { id: 'o1', name: 'Alumitek' } as Organization
const organizations = new Map([[company.id, company]])

function file(title: string, stageId: string, requestedCents: number, updatedAt = 't0'): BoardCard {
  const fields = {
    id: title,
    title,
    stageId,
    requestedCents,
    organizationId: 'o1',
    probability: 50,
    updatedAt
  }
  return fields as unknown as BoardCard
}

const files = [
  file('A-300', 'a', 300),
  file('A-100', 'a', 100),
  file('B-50', 'b', 50),
  file('B-200', 'b', 200),
  file('C-10', 'c', 10)
]
const titles = (cards: { file: BoardCard }[]) => cards.map((card) => card.file.title)

function render() {
  return renderHook(
    ({ list, pending }: { list: BoardCard[]; pending: ReadonlyMap<string, string> }) =>
      useBoardColumns(list, organizations, stages, pending),
    { initialProps: { list: files, pending: new Map<string, string>() } }
  )
}

describe('board columns', () => {
  it('show a moved card in its new column, in amount order, and keep the untouched column', () => {
    const view = render()
    const [, , before] = view.result.current.columns
    expect(view.result.current.columns.map((c) => titles(c.cards))).toEqual([
      ['A-300', 'A-100'],
      ['B-200', 'B-50'],
      ['C-10']
    ])

    view.rerender({ list: files, pending: new Map([['A-300', 'b']]) })
    const [a, b, c] = view.result.current.columns
    expect(titles(a.cards)).toEqual(['A-100'])
    expect(titles(b.cards)).toEqual(['A-300', 'B-200', 'B-50'])
    expect(b.cards[0].moving).toBe(true)
    expect(b.totals.count).toBe(3)
    expect(c).toBe(before)

    // the write read back: the file is in its new stage, no longer moving
    const stored = files.map((f) => (f.id === 'A-300' ? file('A-300', 'b', 300, 't1') : f))
    view.rerender({ list: stored, pending: new Map() })
    const columns = view.result.current.columns
    expect(columns.map((column) => titles(column.cards))).toEqual([
      ['A-100'],
      ['A-300', 'B-200', 'B-50'],
      ['C-10']
    ])
    expect(columns[1].cards[0].moving).toBe(false)
    expect(columns[2]).toBe(before)
  })

  it('put a card back in its place when its move is refused', () => {
    const view = render()
    view.rerender({ list: files, pending: new Map([['A-300', 'b']]) })
    view.rerender({ list: files, pending: new Map() })
    const [a, b] = view.result.current.columns
    expect(titles(a.cards)).toEqual(['A-300', 'A-100'])
    expect(a.cards[0].moving).toBe(false)
    expect(titles(b.cards)).toEqual(['B-200', 'B-50'])
    expect(b.totals.count).toBe(2)
  })

  it('sort a column again when one of its files changes amount', () => {
    const view = render()
    const changed = files.map((f) => (f.id === 'B-50' ? file('B-50', 'b', 900, 't1') : f))
    view.rerender({ list: changed, pending: new Map() })
    expect(titles(view.result.current.columns[1].cards)).toEqual(['B-50', 'B-200'])
  })
})
