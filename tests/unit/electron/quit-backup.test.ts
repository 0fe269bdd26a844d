import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from '../../../electron/main/quitBackup'

function setup(timeoutMs?: number) {
  let fire: (() => void) | null = null
  const deps = {
    requestBackup: vi.fn(),
    quitApp: vi.fn(),
    setTimer: vi.fn((callback: () => void) => {
      fire = callback
      return 1
    }),
    clearTimer: vi.fn(),
    showSaving: vi.fn()
  }
  const guard = timeoutMs === undefined ? createQuitGuard(deps) : createQuitGuard(deps, timeoutMs)
  const close = vi.fn()
  guard.windowOpened(close)
  return { guard, deps, close, timeout: () => fire?.() }
}

describe('the window waits for the backup on quit', () => {
  it('holds the quit (not the close), asks once for the backup, and quits for real when done', () => {
    const { guard, deps, close } = setup(10_000)
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

describe('a quit backup on the large workspace', () => {
  it('waits a minute by default (the large workspace measured 46 s), not the old 10 s', () => {
    const { guard, deps } = setup()
    guard.allowQuit()
    expect(deps.setTimer).toHaveBeenCalledWith(expect.any(Function), 60_000)
  })

  it('says it is saving while it waits, and stops saying it once done', () => {
    const { guard, deps } = setup()
    guard.allowClose()
    expect(deps.showSaving.mock.calls).toEqual([[true]])
    guard.ready()
    expect(deps.showSaving.mock.calls).toEqual([[true], [false]])
  })

  it('stops saying it when the page never answers and the timeout closes the window', () => {
    const { guard, deps, close, timeout } = setup()
    guard.allowClose()
    timeout()
    expect(close).toHaveBeenCalledTimes(1)
    expect(deps.showSaving.mock.calls).toEqual([[true], [false]])
  })

  it('says nothing when there is no backup owed', () => {
    const { guard, deps } = setup()
    guard.allowClose()
    guard.ready()
    guard.allowClose()
    guard.allowQuit()
    expect(deps.showSaving).toHaveBeenCalledTimes(2)
  })
})
