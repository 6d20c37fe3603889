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
import { assertOpenable, openApp } from './bootstrap'
import { replaceDamagedFile, type DamagedFileDetails } from './backup/damaged-file'
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
  const backupDir = join(app.getPath('userData'), 'backups')
  const dataFile = await soundDataFile(
    dataFilePath(loadShellConfig(configPath).dataFile),
    backupDir,
    configPath
  )
  if (dataFile === null) return app.quit()
  // Another CivDesk on the same file (a second Windows session, a copy started with --db) is refused.
  lockDataFile(dataFile, 'electron', systemClock.now())
  app.on('will-quit', unlockAllDataFiles)
  const ctx = await openApp({ dataFile, shell: 'electron', log, platform, backupDir })
  await takeDailyBackupIfDue(ctx).catch((error: unknown) => log.error('daily backup failed', error))
  if (process.argv.includes('--demo') && isDataFileEmpty(ctx)) loadSampleCity(ctx, 1)
  registerIpc(ipcMain, createHandlers(ctx), (url) => isTrustedRendererUrl(url, rendererUrl()), log)
  buildAndShowWindow(ctx)
}

/**
 * A damaged data file is found before anything is written beside it (not even the lock). The clerk is
 * told which backups are sound and offered 从备份恢复 (the newest sound one; the damaged file is copied
 * aside first, never overwritten) or 打开其他数据文件; null: the clerk chose to quit.
 */
async function soundDataFile(
  dataFile: string,
  backupDir: string,
  configPath: string
): Promise<string | null> {
  for (;;) {
    try {
      assertOpenable(dataFile, backupDir)
      return dataFile
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== 'db-damaged') throw error
      log.error('data file is damaged', error.details)
      const { backups } = error.details as DamagedFileDetails
      const buttons =
        backups.length > 0 ? ['从备份恢复', '打开其他数据文件', '退出'] : ['打开其他数据文件', '退出']
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: '数据文件已损坏',
        message: '数据文件已损坏，无法打开',
        detail: error.message,
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
        noLink: true
      })
      const choice = buttons[response]
      if (choice === '从备份恢复') {
        const aside = replaceDamagedFile(dataFile, backups[0].path, systemClock.now())
        log.info(`restored ${dataFile} from ${backups[0].path}; damaged copy kept at ${aside}`)
        continue
      }
      if (choice === '打开其他数据文件') {
        const picked = await dialog.showOpenDialog({
          title: '打开其他数据文件',
          properties: ['openFile'],
          filters: [{ name: '文明办工作台数据文件', extensions: ['db'] }]
        })
        if (picked.canceled || picked.filePaths.length === 0) continue
        dataFile = picked.filePaths[0]
        saveShellConfig(configPath, { ...loadShellConfig(configPath), dataFile })
        continue
      }
      return null
    }
  }
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
