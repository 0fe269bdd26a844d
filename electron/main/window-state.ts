// Window size and position, remembered across runs in userData/window-state.json. A saved
// position is used only if the window would be reachable on a display that still exists
// (a laptop undocked from its second screen must not open off-screen).
import { z } from 'zod'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof stateSchema>

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false }
const MIN_SIZE = { width: 400, height: 300 }
/** How much of the window's top must show on a display to keep its position (room to drag it). */
const MIN_VISIBLE = { width: 100, height: 40 }

function overlap(aStart: number, aLength: number, bStart: number, bLength: number): number {
  return Math.max(0, Math.min(aStart + aLength, bStart + bLength) - Math.max(aStart, bStart))
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}

function fitSize(state: WindowState, area: Rect): { width: number; height: number } {
  return {
    width: clamp(state.width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_SIZE.height, area.height), area.height)
  }
}

function hostArea(state: WindowState, areas: readonly Rect[]): Rect | undefined {
  if (state.x === undefined || state.y === undefined) return undefined
  const { x, y } = state
  return areas.find(
    (area) =>
      y >= area.y &&
      y <= area.y + area.height - MIN_VISIBLE.height &&
      overlap(x, state.width, area.x, area.width) >= MIN_VISIBLE.width
  )
}

/** The state to open with: inside the display that shows its title bar, or centred on the first. */
export function clampWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0]
  if (!primary) return { ...DEFAULT_WINDOW_STATE, maximized: state.maximized }
  const host = hostArea(state, workAreas)
  if (!host) return { ...fitSize(state, primary), maximized: state.maximized }
  const size = fitSize(state, host)
  return {
    x: clamp(state.x ?? host.x, host.x, host.x + host.width - size.width),
    y: clamp(state.y ?? host.y, host.y, host.y + host.height - size.height),
    ...size,
    maximized: state.maximized
  }
}

export interface WindowStateFs {
  readFile(path: string): Promise<string>
  writeFileAtomic(path: string, data: string): Promise<void>
}

export async function loadWindowState(fs: WindowStateFs, file: string): Promise<WindowState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await fs.readFile(file)))
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE
  } catch {
    // First run, or an unreadable file: start from the defaults
    return DEFAULT_WINDOW_STATE
  }
}

export async function saveWindowState(fs: WindowStateFs, file: string, state: WindowState): Promise<void> {
  await fs.writeFileAtomic(file, JSON.stringify(stateSchema.parse(state)))
}
