import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { WindowBounds } from './shell/window-state'

/** The page gets no Node, no Electron, only the preload's bridge; pinned by window.test.ts. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  iconPath: string
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '文明办工作台',
    icon: iconPath,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath)
  }
}
