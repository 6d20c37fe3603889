/**
 * Electron lifecycle only: single-instance lock, the data file, IPC, the window and its menu. Every
 * capability lives in plain Node modules that the CLI and the web mode share.
 */
import type { BrowserWindow } from 'electron'
import { app, dialog, ipcMain, screen, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UserError } from '../shared/errors'
import { createHandlers } from './api/handlers'
import type { AppContext } from './app-context'
import { openApp } from './bootstrap'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { hardenApp } from './security'
import { isDataFileEmpty, loadSampleCity } from './sample/sample-service'
import { takeDailyBackupIfDue } from './backup/backup-service'
import { electronPlatform } from './shell/electron-platform'
import { loadShellConfig, saveShellConfig } from './shell/shell-config'
import { lockDataFile, unlockAllDataFiles } from './store/data-file-lock'
import { isTrustedRendererUrl } from './shell/trusted-url'
import { fitToDisplays, loadWindowState, saveWindowState } from './shell/window-state'
import { systemClock } from './system/clock'
import { fileLogger } from './system/file-logger'
import { consoleLogger, teeLogger, type Logger } from './system/logger'
import { createMainWindow } from './window'

app.commandLine.appendSwitch('lang', 'zh-CN')

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
const rendererUrl = (): string =>
  isDev
    ? process.env['ELECTRON_RENDERER_URL']!
    : pathToFileURL(join(__dirname, '../renderer/index.html')).href

let mainWindow: BrowserWindow | null = null
let log: Logger = consoleLogger

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
  // The log file in userData/logs is what the clerk sends to the administrator.
  log = teeLogger(
    fileLogger({ dir: join(app.getPath('userData'), 'logs'), clock: systemClock }),
    consoleLogger
  )
  process.on('uncaughtException', (error) => log.error('uncaught exception in the main process', error))
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection in the main process', reason))
  hardenApp(app, session.defaultSession, rendererUrl)
  const configPath = join(app.getPath('userData'), 'civdesk-config.json')
  const platform = electronPlatform(
    () => mainWindow,
    () => app.getPath('documents'),
    (dataFile) => saveShellConfig(configPath, { ...loadShellConfig(configPath), dataFile })
  )
  const dataFile = dataFilePath(loadShellConfig(configPath).dataFile)
  // Another CivDesk on the same file (a second Windows session, a copy started with --db) is refused.
  lockDataFile(dataFile, 'electron', systemClock.now())
  app.on('will-quit', unlockAllDataFiles)
  const backupDir = join(app.getPath('userData'), 'backups')
  const ctx = await openApp({ dataFile, shell: 'electron', log, platform, backupDir })
  await takeDailyBackupIfDue(ctx).catch((error: unknown) => log.error('daily backup failed', error))
  if (process.argv.includes('--demo') && isDataFileEmpty(ctx)) loadSampleCity(ctx, 1)
  registerIpc(ipcMain, createHandlers(ctx), (url) => isTrustedRendererUrl(url, rendererUrl()), log)
  buildAndShowWindow(ctx)
}

/** --db on the command line, else the file chosen last time (打开数据文件/另存为), else userData/civdesk.db. */
function dataFilePath(remembered: string | undefined): string {
  const flag = process.argv.indexOf('--db')
  if (flag >= 0 && process.argv[flag + 1]) return process.argv[flag + 1]
  return remembered ?? join(app.getPath('userData'), 'civdesk.db')
}

function buildAndShowWindow(ctx: AppContext): void {
  const statePath = join(app.getPath('userData'), 'window-state.json')
  const state = fitToDisplays(
    loadWindowState(statePath),
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const icon = join(__dirname, '../../resources/icon.png')
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), state.bounds, icon)
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
      : `文明办工作台无法启动。详细情况已记入日志文件（${join(app.getPath('userData'), 'logs', 'civdesk.log')}），请把它发给管理员。`
  log.error('startup failed', error)
  dialog.showErrorBox('文明办工作台', message)
  app.quit()
}
