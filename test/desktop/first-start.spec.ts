import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { channelOf, methodNames } from '../../src/shared/contract'
import { AppShell } from '../../e2e/pages/app-shell'
import { FirstRunPage } from '../../e2e/pages/first-run-page'
import { OfficeSetup } from '../../e2e/pages/office-setup'
import { SettingsPage } from '../../e2e/pages/settings-page'
import { OFFICE_NAME_FIELDS, type OfficeNameKey } from '../../src/shared/office-names'
import { SETTING_LABEL, type Settings } from '../../src/shared/settings'
import { OUT } from './harness/launch'
import { expect, test } from './harness/fixtures'
import { appInfo, invokeFromPage, valueFromPage } from './harness/page-calls'

test('the build output asks for the real electron and carries nothing of the stand-in', () => {
  // electron stays external in both bundles (electron.vite.config.ts): the shipped app gets Electron's own.
  for (const bundle of [join(OUT, 'main', 'index.js'), join(OUT, 'preload', 'index.js')]) {
    const code = readFileSync(bundle, 'utf8')
    expect(code, bundle).toMatch(/require\("electron"\)/)
    expect(code, bundle).not.toMatch(/StandIn|standIn|test\/desktop\/stand-in/)
  }
})

test('the window is the hardened one, and the page sees exactly the preload’s bridge', async ({
  desktop
}) => {
  const app = desktop.start()
  const { page } = await app.shown()
  const [win] = app.standIn.allWindows
  expect(win.options.webPreferences).toMatchObject({
    preload: join(OUT, 'preload', 'index.js'),
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true
  })
  expect(page.url()).toBe(`file://${join(OUT, 'renderer', 'index.html')}`)
  expect(win.webContents.preloadError).toBeNull()
  // What contextBridge put on window: one frozen object with one function, nothing of Node or ipcRenderer.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      const bridge = w.civdesk as Record<string, unknown>
      return {
        keys: Object.keys(bridge),
        frozen: Object.isFrozen(bridge),
        invoke: typeof bridge.invoke,
        node: ['require', 'process', 'ipcRenderer', 'electron'].filter((k) => k in w)
      }
    })
  ).toEqual({ keys: ['invoke'], frozen: true, invoke: 'function', node: [] })
  // The preload refuses a name outside the contract before anything crosses to the main process.
  await expect(invokeFromPage(page, 'fs.readFile', {})).rejects.toThrow('unknown method: fs.readFile')
  // Every contract method is answered over IPC, and nothing else is.
  expect(app.standIn.ipcMain.channels().sort()).toEqual(methodNames.map(channelOf).sort())
  expect((await appInfo(page)).shell).toBe('electron')
  // The Chinese menu, without the developer entries in the shipped app; the page in zh-CN (the lang switch).
  const menu = win.menu as { items: { label: string; submenu: { label?: string }[] }[] }
  expect(menu.items.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  expect(menu.items.flatMap((m) => m.submenu.map((s) => s.label))).not.toContain('开发者工具')
  expect(await page.evaluate(() => navigator.language)).toBe('zh-CN')
})

/** What a clerk types on the first start: the office's own names, none of them the placeholders' examples. */
const NAMES = {
  officeName: '甲市精神文明建设指导委员会办公室',
  officeShortName: '甲市文明办',
  supervisionPrefix: '甲文明办督',
  reminderPrefix: '甲文明办催',
  briefingName: '城中村治理工作简报',
  contactPerson: '李明',
  contactPhone: '0571-8765432'
} as const satisfies Partial<Record<OfficeNameKey, string>>

test('first start on a new userData: the empty data file, 从空白开始, the office’s names saved over IPC and kept after a restart', async ({
  desktop
}) => {
  const app = desktop.start()
  const { page } = await app.shown()
  const dataFile = join(desktop.userData, 'civdesk.db')
  expect(existsSync(dataFile)).toBe(true)
  const info = await appInfo(page)
  expect(info).toMatchObject({ dataFile, isEmpty: true, askOffice: true, shell: 'electron' })
  expect(info.schemaVersion).toBeGreaterThan(0)
  const firstRun = new FirstRunPage(page)
  await expect(firstRun.welcome).toBeVisible()
  await expect(page.getByText(`当前数据文件还没有任何数据：${dataFile}`)).toBeVisible()
  await expect(firstRun.loadSample).toBeVisible()
  await expect(firstRun.importLedger).toBeVisible()
  await firstRun.startBlank.click()

  // The form is filled from settings.get over IPC: every name empty, the examples only placeholders.
  const setup = new OfficeSetup(page)
  for (const field of OFFICE_NAME_FIELDS) {
    await expect(setup.field(SETTING_LABEL[field.key])).toHaveValue('')
    await expect(setup.field(SETTING_LABEL[field.key])).toHaveAttribute(
      'placeholder',
      `例如：${field.example}`
    )
  }
  for (const [key, value] of Object.entries(NAMES))
    await setup.field(SETTING_LABEL[key as OfficeNameKey]).fill(value)
  await setup.save.click()
  await expect(page.getByText('已保存本单位名称')).toBeVisible()
  const shell = new AppShell(page)
  await expect(shell.nav).toBeVisible()
  await expect(page.getByTestId('office-banner')).toHaveCount(0)

  // The save crossed ipcMain from the window's own page, with the names as typed.
  const renderer = `file://${join(OUT, 'renderer', 'index.html')}`
  const saves = app.standIn.ipcMain.invoked.filter((c) => c.channel === channelOf('settings.update'))
  expect(saves).toEqual([
    { channel: channelOf('settings.update'), payload: { ...NAMES, officeAsked: true }, url: renderer }
  ])
  const readBack = (p: typeof page) => valueFromPage<Settings>(p, 'settings.get', {})
  expect(await readBack(page)).toMatchObject({ ...NAMES, officeAsked: true })
  // Names alone are not data: the file is still empty, but the clerk has been asked and is not asked again.
  expect(await appInfo(page)).toMatchObject({ isEmpty: true, askOffice: false })
  expect(await app.quit()).toBe(0)

  // The same userData again: the names come back from the data file, and the first-run screen does not.
  const second = desktop.start()
  const again = (await second.shown()).page
  expect(await readBack(again)).toMatchObject({ ...NAMES, officeAsked: true })
  expect(await appInfo(again)).toMatchObject({ dataFile, isEmpty: true, askOffice: false })
  await expect(new AppShell(again).nav).toBeVisible()
  await expect(new FirstRunPage(again).welcome).toHaveCount(0)
  await expect(again.getByTestId('office-banner')).toHaveCount(0)
  const settings = new SettingsPage(again)
  await settings.open('单位与公文')
  const office = again.getByRole('form', { name: '单位与公文' })
  for (const [key, value] of Object.entries(NAMES))
    await expect(office.getByLabel(SETTING_LABEL[key as OfficeNameKey], { exact: true })).toHaveValue(value)
})

test('first start: 载入示例数据 on the first-run screen fills the data file through IPC', async ({
  desktop
}) => {
  const app = desktop.start()
  const { page } = await app.shown()
  await new FirstRunPage(page).loadSample.click()
  await expect(page.getByText(/已载入示例数据：[\d,]+个城中村、[\d,]+项任务/)).toBeVisible()
  await new AppShell(page).goTo('任务台账')
  expect((await appInfo(page)).isEmpty).toBe(false)
})
