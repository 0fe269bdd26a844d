// @vitest-environment happy-dom
// The app's start-up background work waits while a screen just opened settles: until the page had
// no long task for 600 ms, 4 s at the most.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type * as SettlingModule from '@renderer/hooks/screenSettling'

let settling: typeof SettlingModule
let reportLongTask: () => void = () => undefined

beforeEach(async () => {
  vi.useFakeTimers()
  // the page's long tasks, reported when the test says so
  class FakeLongTasks {
    static supportedEntryTypes = ['longtask']
    constructor(callback: () => void) {
      reportLongTask = callback
    }
    observe(): void {}
  }
  vi.stubGlobal('PerformanceObserver', FakeLongTasks)
  vi.resetModules()
  settling = await import('@renderer/hooks/screenSettling')
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function watch(): { seen: boolean[]; settled: () => boolean } {
  const seen: boolean[] = []
  settling.onScreenSettling((now) => seen.push(now))
  let done = false
  void settling.whenScreenSettled().then(() => (done = true))
  return { seen, settled: () => done }
}

it('goes on at once when no screen is opening', async () => {
  let done = false
  await settling.whenScreenSettled().then(() => (done = true))
  expect(done).toBe(true)
  expect(settling.screenSettling()).toBe(false)
})

it('waits from a screen opening until 600 ms after it, later if another one opens meanwhile', async () => {
  settling.screenOpening()
  const { seen, settled } = watch()
  await vi.advanceTimersByTimeAsync(400)
  settling.screenOpening()
  await vi.advanceTimersByTimeAsync(599)
  expect(settled()).toBe(false)
  expect(seen).toEqual([])
  await vi.advanceTimersByTimeAsync(1)
  expect(settled()).toBe(true)
  expect(seen).toEqual([false])
})

it('waits 600 ms after the last long task, 4 s after the opening at the most', async () => {
  settling.screenOpening()
  const { settled } = watch()
  await vi.advanceTimersByTimeAsync(500)
  reportLongTask()
  await vi.advanceTimersByTimeAsync(500)
  expect(settled()).toBe(false)
  await vi.advanceTimersByTimeAsync(100)
  expect(settled()).toBe(true)

  settling.screenOpening()
  const busy = watch()
  for (let ms = 0; ms < 3900; ms += 300) {
    await vi.advanceTimersByTimeAsync(300)
    reportLongTask()
  }
  expect(busy.settled()).toBe(false)
  await vi.advanceTimersByTimeAsync(100)
  expect(busy.settled()).toBe(true)
  expect(busy.seen).toEqual([false])
})

it('screens opened one after the other hold the work 4 s from the first at the most', async () => {
  settling.screenOpening()
  const { settled } = watch()
  for (let ms = 0; ms < 3900; ms += 300) {
    await vi.advanceTimersByTimeAsync(300)
    settling.screenOpening()
  }
  expect(settled()).toBe(false)
  await vi.advanceTimersByTimeAsync(100)
  expect(settled()).toBe(true)
})

it('aborts the reads of the screen left when another screen opens', () => {
  const settingsVisit = settling.screenVisitSignal()
  expect(settingsVisit.aborted).toBe(false)
  settling.screenOpening()
  expect(settingsVisit.aborted).toBe(true)
  expect(settling.screenVisitSignal().aborted).toBe(false)
})
