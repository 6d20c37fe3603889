import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state'

const tempDir = useTempDir()
const laptop = { x: 0, y: 0, width: 1920, height: 1040 }

describe('the remembered window', () => {
  it('comes back as it was saved', () => {
    const path = join(tempDir(), 'window-state.json')
    const state: WindowState = { bounds: { x: 100, y: 80, width: 1500, height: 900 }, maximized: true }
    saveWindowState(path, state)
    expect(loadWindowState(path)).toEqual(state)
  })

  it('falls back to the default when the file is missing, damaged or absurd', () => {
    const dir = tempDir()
    expect(loadWindowState(join(dir, 'none.json')).bounds).toEqual({ width: 1366, height: 860 })
    writeFileSync(join(dir, 'bad.json'), '{"bounds":')
    expect(loadWindowState(join(dir, 'bad.json')).maximized).toBe(false)
    writeFileSync(
      join(dir, 'huge.json'),
      JSON.stringify({ bounds: { width: 1e9, height: 10 }, maximized: false })
    )
    expect(loadWindowState(join(dir, 'huge.json')).bounds.width).toBe(1366)
  })

  it('stays where it was on a monitor that is still attached', () => {
    const state: WindowState = { bounds: { x: 1920 + 50, y: 40, width: 1200, height: 800 }, maximized: false }
    expect(fitToDisplays(state, [laptop, { x: 1920, y: 0, width: 2560, height: 1400 }])).toEqual(state)
  })

  it('comes back onto the screen when its monitor was unplugged', () => {
    const state: WindowState = { bounds: { x: 1920 + 50, y: 40, width: 1200, height: 800 }, maximized: false }
    const fitted = fitToDisplays(state, [laptop])
    expect(fitted.bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 })
  })

  it('writes the file whole (no temporary file left behind)', () => {
    const dir = tempDir()
    saveWindowState(join(dir, 'w.json'), { bounds: { width: 1200, height: 800 }, maximized: false })
    expect(JSON.parse(readFileSync(join(dir, 'w.json'), 'utf8')).bounds.width).toBe(1200)
    expect(readFileSync(join(dir, 'w.json'), 'utf8')).not.toContain('tmp')
  })
})
