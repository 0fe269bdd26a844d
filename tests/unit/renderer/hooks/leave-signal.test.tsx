// @vitest-environment happy-dom
// The signal that stops a screen's long reads: live while the screen is shown (StrictMode's
// rehearsal unmount included), aborted once the person leaves it (from the navigation's start).
import { act, renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useLeaveSignal } from '@renderer/hooks/useLeaveSignal'

describe('useLeaveSignal', () => {
  it.each([
    ['plain', false],
    ['StrictMode', true]
  ])('is live while mounted and aborted after unmount (%s)', (_, strict) => {
    const { result, unmount } = renderHook(() => useLeaveSignal(), strict ? { wrapper: StrictMode } : {})
    const mounted = result.current
    expect(mounted.aborted).toBe(false)
    unmount()
    expect(mounted.aborted).toBe(true)
  })
})

// The browser announces a navigation as it starts (the Navigation API); React keeps the screen
// mounted while it renders the next one
describe('useLeaveSignal for a route', () => {
  const navigation = new EventTarget()
  const announce = (url: string, sameDocument: boolean) => {
    const event = Object.assign(new Event('navigate'), { destination: { url, sameDocument } })
    act(() => void navigation.dispatchEvent(event))
  }
  const navigate = (hash: string) => {
    window.location.hash = hash
    announce(window.location.href, true)
  }
  beforeEach(() => {
    window.location.hash = '#/today'
    Object.defineProperty(globalThis, 'navigation', { value: navigation, configurable: true })
  })
  afterEach(() => {
    delete (globalThis as { navigation?: EventTarget }).navigation
  })

  it('is aborted as soon as a navigation to another screen starts, still mounted', () => {
    const { result } = renderHook(() => useLeaveSignal('/today'))
    const shown = result.current
    navigate('#/today?filtre=retard')
    expect(shown.aborted).toBe(false)
    navigate('#/companies/7')
    expect(shown.aborted).toBe(true)
  })

  it('stays live when a link opens another document (an email address)', () => {
    const { result } = renderHook(() => useLeaveSignal('/today'))
    announce('mailto:lea@alumitek.ca', false)
    expect(result.current.aborted).toBe(false)
  })

  it('is live again when the navigation comes back to the screen before it is gone', () => {
    const { result } = renderHook(() => useLeaveSignal('/today'))
    navigate('#/companies/7')
    navigate('#/today')
    expect(result.current.aborted).toBe(false)
  })

  it('is aborted at once when mounted after the navigation away started', () => {
    window.location.hash = '#/companies/7'
    const { result } = renderHook(() => useLeaveSignal('/today'))
    expect(result.current.aborted).toBe(true)
  })
})
