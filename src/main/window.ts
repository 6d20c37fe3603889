import { BrowserWindow } from 'electron'
import type { WindowBounds } from './shell/window-state'

/**
 * The one window. Its webPreferences are written out literally here (not assembled elsewhere) so that
 * the security scan (electronegativity, scripts/security-scan.mjs) and window.test.ts both see them: the
 * page gets no Node, no Electron, only the preload's bridge, sandboxed and isolated.
 */
export function createMainWindow(preloadPath: string, bounds: WindowBounds, iconPath: string): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '文明办工作台',
    icon: iconPath,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: false,
    webPreferences: {
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
      spellcheck: false,
      // A middle click on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick'
    }
  })
}
