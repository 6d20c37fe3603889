import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { appInfo } from './harness/page-calls'

test('a second start on the same userData is refused and brings the first window forward', async ({
  desktop
}) => {
  const first = desktop.start(['--demo'])
  const { page } = await first.shown()
  const [win] = first.standIn.openWindows()
  win.minimize()
  expect(win.isMinimized()).toBe(true)

  const second = desktop.start()
  expect(await second.exited).toBe(0)
  expect(second.standIn.allWindows).toHaveLength(0)
  expect(second.standIn.ipcMain.channels()).toEqual([])
  await expect.poll(() => win.isMinimized()).toBe(false)
  expect(win.isFocused()).toBe(true)
  // The first one is untouched and still answers.
  expect((await appInfo(page)).isEmpty).toBe(false)
})

test('the window comes back where and how the clerk left it', async ({ desktop }) => {
  const statePath = join(desktop.userData, 'window-state.json')
  const first = desktop.start()
  await first.shown()
  expect(first.standIn.allWindows[0].options).toMatchObject({ width: 1366, height: 860 })
  first.standIn.openWindows()[0].setBounds({ x: 120, y: 60, width: 1280, height: 760 })
  await first.quit()
  expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
    bounds: { x: 120, y: 60, width: 1280, height: 760 },
    maximized: false
  })

  const second = desktop.start()
  const { page } = await second.shown()
  const [win] = second.standIn.openWindows()
  expect(win.options).toMatchObject({ x: 120, y: 60, width: 1280, height: 760 })
  expect(page.viewportSize()).toEqual({ width: 1280, height: 760 })
  win.maximize()
  await second.quit()
  // Maximized is remembered with the size to come back to when the clerk un-maximizes.
  expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
    bounds: { x: 120, y: 60, width: 1280, height: 760 },
    maximized: true
  })

  const third = desktop.start()
  await third.shown()
  expect(third.standIn.openWindows()[0].isMaximized()).toBe(true)
  await third.quit()

  // Started again with that monitor gone (a laptop off its dock): the window is put on the one left.
  const fourth = desktop.start([], { displays: [{ x: 2000, y: 0, width: 1366, height: 728 }] })
  await fourth.shown()
  const options = fourth.standIn.allWindows[0].options
  expect(options).toMatchObject({ width: 1280, height: 728, y: 0 })
  expect(options.x).toBeGreaterThanOrEqual(2000)
})
