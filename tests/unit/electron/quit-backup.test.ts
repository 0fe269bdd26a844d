import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from '../../../electron/main/quitBackup'

function setup() {
  let fire: (() => void) | null = null
  const deps = {
    requestBackup: vi.fn(),
    setTimer: vi.fn((callback: () => void) => {
      fire = callback
      return 1
    }),
    clearTimer: vi.fn()
  }
  const guard = createQuitGuard(deps, 10_000)
  return { guard, deps, timeout: () => fire?.() }
}

describe('the window waits for the backup on quit', () => {
  it('holds the first close, asks once for the backup, and closes when the renderer is done', () => {
    const { guard, deps } = setup()
    const close = vi.fn()
    expect(guard.allowClose(close)).toBe(false)
    expect(guard.allowClose(close)).toBe(false) // a second click while waiting
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    guard.ready()
    expect(close).toHaveBeenCalledTimes(1)
    expect(deps.clearTimer).toHaveBeenCalled()
    expect(guard.allowClose(close)).toBe(true)
  })

  it('closes anyway after the timeout when the page never answers', () => {
    const { guard, timeout } = setup()
    const close = vi.fn()
    guard.allowClose(close)
    timeout()
    expect(close).toHaveBeenCalledTimes(1)
    guard.ready() // a late answer changes nothing
    expect(close).toHaveBeenCalledTimes(1)
  })
})
