import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from '../../../electron/main/quitBackup'

function setup() {
  let fire: (() => void) | null = null
  const deps = {
    requestBackup: vi.fn(),
    quitApp: vi.fn(),
    setTimer: vi.fn((callback: () => void) => {
      fire = callback
      return 1
    }),
    clearTimer: vi.fn()
  }
  const guard = createQuitGuard(deps, 10_000)
  const close = vi.fn()
  guard.windowOpened(close)
  return { guard, deps, close, timeout: () => fire?.() }
}

describe('the window waits for the backup on quit', () => {
  it('holds the quit (not the close), asks once for the backup, and quits for real when done', () => {
    const { guard, deps, close } = setup()
    expect(guard.allowQuit()).toBe(false)
    expect(guard.allowQuit()).toBe(false) // Cmd+Q pressed again while waiting
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    guard.ready()
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
    expect(close).not.toHaveBeenCalled()
    expect(deps.clearTimer).toHaveBeenCalledTimes(1)
    // The quit goes through, and so does the window's close during it
    expect(guard.allowQuit()).toBe(true)
    expect(guard.allowClose()).toBe(true)
  })

  it('holds a close of the window, then closes it (not quits) when the backup is done', () => {
    const { guard, deps, close } = setup()
    expect(guard.allowClose()).toBe(false)
    guard.ready()
    expect(close).toHaveBeenCalledTimes(1)
    expect(deps.quitApp).not.toHaveBeenCalled()
    expect(guard.allowClose()).toBe(true)
  })

  it('quits when a quit comes while a close is already waiting for the backup', () => {
    const { guard, deps, close } = setup()
    guard.allowClose()
    expect(guard.allowQuit()).toBe(false)
    guard.ready()
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
    expect(close).not.toHaveBeenCalled()
  })

  it('goes on anyway after the timeout when the page never answers', () => {
    const { guard, deps, timeout } = setup()
    guard.allowQuit()
    timeout()
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
    guard.ready() // a late answer changes nothing
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })

  it('asks a reopened window for its own backup (macOS: closed to the Dock, reopened, quit)', () => {
    const { guard, deps } = setup()
    guard.allowClose()
    guard.ready()
    guard.windowClosed()
    expect(guard.allowQuit()).toBe(true) // no window, nothing to back up
    const reopenedClose = vi.fn()
    guard.windowOpened(reopenedClose)
    expect(guard.allowQuit()).toBe(false)
    expect(deps.requestBackup).toHaveBeenCalledTimes(2)
    guard.ready()
    expect(deps.quitApp).toHaveBeenCalledTimes(1)
  })
})
