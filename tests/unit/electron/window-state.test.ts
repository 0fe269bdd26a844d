import { describe, expect, it, vi } from 'vitest'
import {
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  type WindowStateFs
} from '../../../electron/main/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const rightScreen = { x: 1440, y: 0, width: 2560, height: 1400 }

describe('clampWindowState', () => {
  it('keeps a window that fits on its display', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false }
    expect(clampWindowState(state, [laptop])).toEqual(state)
  })

  it('keeps a window on a second display while that display exists', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true }
    expect(clampWindowState(state, [laptop, rightScreen])).toEqual(state)
  })

  it('drops the position when the display it was on is gone (undocked laptop)', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false }
    expect(clampWindowState(state, [laptop])).toEqual({ width: 1440, height: 875, maximized: false })
  })

  it('drops the position when the title bar would be above or below the screen', () => {
    expect(clampWindowState({ x: 10, y: -300, width: 800, height: 600, maximized: false }, [laptop])).toEqual(
      {
        width: 800,
        height: 600,
        maximized: false
      }
    )
    expect(
      clampWindowState({ x: 10, y: 860, width: 800, height: 600, maximized: false }, [laptop]).x
    ).toBeUndefined()
  })

  it('pulls a window hanging off the edge back inside and shrinks it to the display', () => {
    const state = { x: 1300, y: 20, width: 3000, height: 2000, maximized: false }
    expect(clampWindowState(state, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
      maximized: false
    })
    const partly = { x: 1000, y: 400, width: 800, height: 600, maximized: false }
    expect(clampWindowState(partly, [laptop])).toEqual({
      x: 640,
      y: 275,
      width: 800,
      height: 600,
      maximized: false
    })
  })

  it('respects displays with offsets (a screen left of or above the primary one)', () => {
    const left = { x: -1920, y: -200, width: 1920, height: 1080 }
    const state = { x: -1800, y: -150, width: 1000, height: 700, maximized: false }
    expect(clampWindowState(state, [laptop, left])).toEqual(state)
  })

  it('falls back to defaults when no display is known', () => {
    expect(clampWindowState({ x: 5, y: 5, width: 900, height: 700, maximized: true }, [])).toEqual({
      ...DEFAULT_WINDOW_STATE,
      maximized: true
    })
  })
})

describe('window state file', () => {
  const fsWith = (content: string | Error): WindowStateFs => ({
    readFile: async () => (content instanceof Error ? Promise.reject(content) : content),
    writeFileAtomic: vi.fn(async () => undefined)
  })

  it('reads a saved state', async () => {
    const saved = { x: 10, y: 20, width: 1000, height: 700, maximized: true }
    expect(await loadWindowState(fsWith(JSON.stringify(saved)), '/u/window-state.json')).toEqual(saved)
  })

  it.each([new Error('ENOENT'), '{not json', '{"width":"wide","height":1,"maximized":false}', 'null'])(
    'falls back to defaults on %s',
    async (content) => {
      expect(await loadWindowState(fsWith(content), '/u/window-state.json')).toEqual(DEFAULT_WINDOW_STATE)
    }
  )

  it('saves through the atomic writer', async () => {
    const fs = fsWith('')
    await saveWindowState(fs, '/u/window-state.json', {
      x: 1,
      y: 2,
      width: 800,
      height: 600,
      maximized: false
    })
    expect(fs.writeFileAtomic).toHaveBeenCalledWith(
      '/u/window-state.json',
      '{"x":1,"y":2,"width":800,"height":600,"maximized":false}'
    )
  })
})
