import type { Browser } from '@playwright/test'
import { StandInApp } from './app'
import { StandInBrowserWindow, type WindowOptions } from './browser-window'
import { electronEvent } from './events'
import { StandInIpcMain, standInIpcRenderer } from './ipc'
import { StandInSession } from './session'

interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface StandInOptions {
  browser: Browser
  userData: string
  /** The command line after the executable, e.g. ['--demo']. */
  args: readonly string[]
  version: string
  /** Work areas of the attached monitors, the primary first. */
  displays?: Rect[]
}

export interface DialogCall {
  kind: 'save' | 'open' | 'message' | 'error'
  options: Record<string, unknown>
  hadOwner: boolean
}

export interface ShellCall {
  kind: 'openPath' | 'showItemInFolder' | 'openExternal'
  target: string
}

export interface StandIn {
  /** What `require('electron')` returns to the main bundle. */
  electron: Record<string, unknown>
  app: StandInApp
  ipcMain: StandInIpcMain
  session: StandInSession
  /** Every window ever created by this app (closed ones included). */
  allWindows: StandInBrowserWindow[]
  openWindows(): StandInBrowserWindow[]
  dialogCalls: DialogCall[]
  shellCalls: ShellCall[]
  /** Paths the next save / open dialogs answer with; an empty queue is a cancelled dialog. */
  saveAnswers: string[]
  openAnswers: string[]
  menus: unknown[]
}

/**
 * One "Electron process": the `electron` module that out/main/index.js gets from `require('electron')`,
 * plus the records the stories read (dialogs shown, files opened, windows, the session's answers).
 * The save and open dialogs answer from queues the story fills; an empty queue is a cancelled dialog.
 */
export function createStandIn(options: StandInOptions): StandIn {
  const windows = new Set<StandInBrowserWindow>()
  const allWindows: StandInBrowserWindow[] = []
  const displays = options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]
  const session = new StandInSession()
  const ipcMain = new StandInIpcMain()
  const ipcRenderer = standInIpcRenderer(ipcMain)
  const dialogCalls: DialogCall[] = []
  const saveAnswers: string[] = []
  const openAnswers: string[] = []
  const shellCalls: ShellCall[] = []
  const menus: unknown[] = []

  const app = new StandInApp({
    userData: options.userData,
    argv: [process.execPath, ...options.args],
    isPackaged: true,
    version: options.version,
    closeAllWindows: async () => {
      for (const win of [...windows]) await win.close()
    }
  })

  const host = {
    browser: options.browser,
    session,
    locale: () => app.getLocale(),
    contentsCreated: (contents: unknown) => app.emit('web-contents-created', electronEvent(), contents),
    electronForPreload: () => ({ ipcRenderer }),
    primaryWorkArea: () => ({ ...displays[0] }),
    onAllClosed: () => {
      if (!app.isQuitting) app.emit('window-all-closed', electronEvent())
    }
  }

  class BrowserWindow extends StandInBrowserWindow {
    constructor(windowOptions: WindowOptions = {}) {
      super(windowOptions, host, windows)
      allWindows.push(this)
    }
    static getAllWindows(): StandInBrowserWindow[] {
      return [...windows]
    }
    static getFocusedWindow(): StandInBrowserWindow | null {
      return [...windows].find((w) => w.isFocused()) ?? null
    }
  }

  const owned = (args: unknown[]): { hadOwner: boolean; options: Record<string, unknown> } =>
    args[0] instanceof StandInBrowserWindow
      ? { hadOwner: true, options: (args[1] ?? {}) as Record<string, unknown> }
      : { hadOwner: false, options: (args[0] ?? {}) as Record<string, unknown> }

  const dialog = {
    async showSaveDialog(...args: unknown[]) {
      dialogCalls.push({ kind: 'save', ...owned(args) })
      const filePath = saveAnswers.shift()
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }
    },
    async showOpenDialog(...args: unknown[]) {
      dialogCalls.push({ kind: 'open', ...owned(args) })
      const filePath = openAnswers.shift()
      return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] }
    },
    async showMessageBox(...args: unknown[]) {
      dialogCalls.push({ kind: 'message', ...owned(args) })
      return { response: 0, checkboxChecked: false }
    },
    showErrorBox(title: string, content: string) {
      dialogCalls.push({ kind: 'error', options: { title, content }, hadOwner: false })
    }
  }

  const shell = {
    async openPath(target: string) {
      shellCalls.push({ kind: 'openPath', target })
      return ''
    },
    showItemInFolder(target: string) {
      shellCalls.push({ kind: 'showItemInFolder', target })
    },
    async openExternal(target: string) {
      shellCalls.push({ kind: 'openExternal', target })
    }
  }

  const toDisplay = (workArea: Rect, id: number) => ({
    id,
    bounds: { ...workArea, height: workArea.height + 40 },
    workArea: { ...workArea },
    scaleFactor: 1,
    rotation: 0,
    internal: id === 0
  })
  const screen = {
    getAllDisplays: () => displays.map(toDisplay),
    getPrimaryDisplay: () => toDisplay(displays[0], 0)
  }

  const Menu = {
    buildFromTemplate(template: unknown[]) {
      const menu = { items: template }
      menus.push(menu)
      return menu
    },
    setApplicationMenu(menu: unknown) {
      menus.push(menu)
    }
  }

  const electron = {
    app,
    BrowserWindow,
    ipcMain,
    session: { defaultSession: session },
    dialog,
    shell,
    screen,
    Menu
  }

  return {
    electron,
    app,
    ipcMain,
    session,
    allWindows,
    openWindows: () => [...windows],
    dialogCalls,
    shellCalls,
    saveAnswers,
    openAnswers,
    menus
  }
}
