// @vitest-environment happy-dom
// The signal that stops a screen's long reads: live while the screen is shown (StrictMode's
// rehearsal unmount included), aborted once the person leaves it.
import { renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
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
