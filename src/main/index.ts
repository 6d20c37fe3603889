/**
 * Electron lifecycle only: single-instance lock, the data file, IPC, the window and its menu. Every
 * capability lives in plain Node modules that the CLI and the web mode share.
 */
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UserError } from '../shared/errors'
import { createHandlers } from './api/handlers'
import type { AppContext } from './app-context'
import { openApp } from './bootstrap'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { hardenApp } from './security'
import { isDataFileEmpty, loadSampleCity } from './services/sample-service'
import { electronPlatform } from './shell/electron-platform'
import { isTrustedRendererUrl } from './shell/trusted-url'
import { fitToDisplays, loadWindowState, saveWindowState } from './shell/window-state'
import { consoleLogger } from './system/logger'
import { mainWindowOptions } from './window'

app.commandLine.appendSwitch('lang', 'zh-CN')

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
const rendererUrl = (): string =>
  isDev
    ? process.env['ELECTRON_RENDERER_URL']!
    : pathToFileURL(join(__dirname, '../renderer/index.html')).href

let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // A second launch only brings the running window forward (see 'second-instance' below).
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start, fail)
  app.on('window-all-closed', () => app.quit())
}

async function start(): Promise<void> {
  hardenApp(app, session.defaultSession, rendererUrl)
  const platform = electronPlatform(
    () => mainWindow,
    () => app.getPath('documents')
  )
  const ctx = await openApp({ dataFile: dataFilePath(), shell: 'electron', log: consoleLogger, platform })
  if (process.argv.includes('--demo') && isDataFileEmpty(ctx)) loadSampleCity(ctx, 1)
  registerIpc(ipcMain, createHandlers(ctx), (url) => isTrustedRendererUrl(url, rendererUrl()), consoleLogger)
  buildAndShowWindow(ctx)
}

function dataFilePath(): string {
  const flag = process.argv.indexOf('--db')
  return flag >= 0 && process.argv[flag + 1]
    ? process.argv[flag + 1]
    : join(app.getPath('userData'), 'civdesk.db')
}

function buildAndShowWindow(ctx: AppContext): void {
  const statePath = join(app.getPath('userData'), 'window-state.json')
  const state = fitToDisplays(
    loadWindowState(statePath),
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const icon = join(__dirname, '../../resources/icon.png')
  mainWindow = new BrowserWindow(
    mainWindowOptions(join(__dirname, '../preload/index.js'), state.bounds, icon)
  )
  const win = mainWindow
  win.setMenu(
    buildMenu({
      isDev,
      about: () =>
        void dialog.showMessageBox(win, {
          type: 'info',
          title: '关于',
          message: `文明办工作台 ${ctx.appVersion}`,
          detail: `数据文件：${ctx.dataFile}`
        })
    })
  )
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    saveWindowState(statePath, {
      bounds: win.isMaximized() ? state.bounds : win.getNormalBounds(),
      maximized: win.isMaximized()
    })
  })
  win.on('closed', () => {
    mainWindow = null
    ctx.db.close()
  })
  void win.loadURL(rendererUrl())
}

function fail(error: unknown): void {
  const message =
    error instanceof UserError
      ? error.message
      : `文明办工作台无法启动：${error instanceof Error ? error.message : String(error)}`
  consoleLogger.error('startup failed', error)
  dialog.showErrorBox('文明办工作台', message)
  app.quit()
}
