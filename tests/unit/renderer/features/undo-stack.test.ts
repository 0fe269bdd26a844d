import { beforeEach, describe, expect, it } from 'vitest'
import { clearUndo, forgetUndo, pushUndo, undoLast } from '@renderer/features/undo'

beforeEach(() => clearUndo())

describe('undo stack', () => {
  it('undoes the newest action first, then the one before', async () => {
    const done: string[] = []
    pushUndo({ label: 'a', undo: async () => void done.push('a') })
    pushUndo({ label: 'b', undo: async () => void done.push('b') })
    expect((await undoLast())?.label).toBe('b')
    expect((await undoLast())?.label).toBe('a')
    expect(await undoLast()).toBeUndefined()
    expect(done).toEqual(['b', 'a'])
  })

  it('forgets an action undone another way', async () => {
    const entry = { label: 'x', undo: async () => {} }
    pushUndo(entry)
    forgetUndo(entry)
    expect(await undoLast()).toBeUndefined()
  })
})
