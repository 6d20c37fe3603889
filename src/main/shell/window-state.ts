import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from '../system/atomic-file'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export interface WindowState {
  bounds: WindowBounds
  maximized: boolean
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

const DEFAULT_STATE: WindowState = { bounds: { width: 1366, height: 860 }, maximized: false }

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000)
  }),
  maximized: z.boolean()
})

/** The remembered window, or the default when the file is missing or damaged. */
export function loadWindowState(path: string): WindowState {
  try {
    return stateSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return DEFAULT_STATE
  }
}

export function saveWindowState(path: string, state: WindowState): void {
  writeFileAtomic(path, JSON.stringify(state))
}

/**
 * Keeps a remembered window reachable: if it lies on a monitor that is no longer attached (a laptop
 * taken off its dock), it is centred on the primary display instead.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const { x, y, width, height } = state.bounds
  if (x === undefined || y === undefined || workAreas.length === 0) return state
  const visible = workAreas.some(
    (area) =>
      x + 100 <= area.x + area.width &&
      x + width - 100 >= area.x &&
      y >= area.y &&
      y + 50 <= area.y + area.height
  )
  if (visible) return state
  const primary = workAreas[0]
  const w = Math.min(width, primary.width)
  const h = Math.min(height, primary.height)
  return {
    ...state,
    bounds: {
      width: w,
      height: h,
      x: primary.x + Math.round((primary.width - w) / 2),
      y: primary.y + Math.round((primary.height - h) / 2)
    }
  }
}
