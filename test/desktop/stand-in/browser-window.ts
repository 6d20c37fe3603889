import type { Browser, BrowserContext, Frame, Page, Request, Route } from '@playwright/test'
import { EventEmitter } from 'node:events'
import { electronEvent } from './events'
import { bridgeIntoPage, runSandboxedPreload } from './page-bridge'
import type { StandInSession } from './session'

interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowHost {
  browser: Browser
  session: StandInSession
  /** The Chromium locale: Electron takes it from the `lang` switch. */
  locale(): string
  /** Emits app 'web-contents-created', where security.ts hangs its hooks. */
  contentsCreated(contents: StandInWebContents): void
  /** What the preload's `require('electron')` gives (ipcRenderer). */
  electronForPreload(): { ipcRenderer: object }
  primaryWorkArea(): Bounds
  onAllClosed(): void
}

/** A window-open decision, recorded for the hardening story. */
export interface OpenDecision {
  url: string
  action: string
}

/**
 * webContents: loads pages into the window's Chromium page, runs the preload for it, and asks the
 * hooks security.ts registered (will-navigate, the window-open handler) about what the page tries.
 */
export class StandInWebContents extends EventEmitter {
  private static nextId = 1
  readonly id = StandInWebContents.nextId++
  windowOpenHandler: ((details: object) => { action: string }) | null = null
  readonly openDecisions: OpenDecision[] = []
  readonly navigationsRefused: string[] = []
  preloadError: Error | null = null
  private bridged = false
  private allowedLoad: string | null = null

  constructor(
    private readonly win: StandInBrowserWindow,
    private readonly host: WindowHost,
    readonly page: Promise<Page>
  ) {
    super()
  }

  get session(): StandInSession {
    return this.host.session
  }

  setWindowOpenHandler(handler: (details: object) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  /** Electron's loadURL: a load the main process asked for, so will-navigate is not consulted. */
  async loadURL(url: string): Promise<void> {
    const page = await this.page
    if (!this.bridged) await this.bridgePreload(page)
    await this.host.session.applyPermissions(page.context(), this, url)
    this.allowedLoad = url
    try {
      await page.goto(url, { waitUntil: 'load' })
    } catch (error) {
      this.emit('did-fail-load', electronEvent(), -2, String(error), url, true)
      throw error
    }
    this.emit('did-finish-load', electronEvent())
    this.win.firstLoadDone()
  }

  getURL(): string {
    return this.win.pageNow?.url() ?? ''
  }

  isDestroyed(): boolean {
    return this.win.isDestroyed()
  }

  send(): void {}

  /** Runs the compiled preload named in webPreferences; a failure leaves the page without it, as in Electron. */
  private async bridgePreload(page: Page): Promise<void> {
    this.bridged = true
    const prefs = this.win.options.webPreferences ?? {}
    if (!prefs.preload) return
    const forPreload = this.host.electronForPreload()
    try {
      const exposures = runSandboxedPreload(prefs.preload, forPreload)
      await bridgeIntoPage(page, exposures, {
        subFrames: prefs.nodeIntegrationInSubFrames === true,
        sender: this,
        ipcRenderer: forPreload.ipcRenderer
      })
    } catch (error) {
      this.preloadError = error as Error
      console.error(`Unable to load preload script: ${prefs.preload}\n${String(error)}`)
    }
  }

  /**
   * Every request of the window's context. A request of another page (a window.open) goes past the
   * window-open handler first, and a denied one never leaves; a navigation of the window's own top frame
   * that the main process did not ask for goes past will-navigate. Chromium gives no hook before a
   * file:// navigation, so only navigations to other schemes are asked about (file:// pages are covered
   * by the sender check instead).
   */
  async route(route: Route, mainPage: Page): Promise<void> {
    const request = route.request()
    const url = request.url()
    const frame = frameOf(request)
    if (!frame || frame.page() !== mainPage) {
      const details = {
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: mainPage.url(), policy: 'strict-origin-when-cross-origin' }
      }
      const action = this.windowOpenHandler ? this.windowOpenHandler(details).action : 'allow'
      this.openDecisions.push({ url, action })
      if (action !== 'deny') return route.continue()
      await route.abort('aborted')
      for (const other of mainPage.context().pages()) if (other !== mainPage) await other.close()
      return
    }
    if (request.isNavigationRequest() && frame === mainPage.mainFrame() && url !== this.allowedLoad) {
      const event = electronEvent({ url, isMainFrame: true, isSameDocument: false })
      this.emit('will-navigate', event, url, false, true)
      if (event.defaultPrevented) {
        this.navigationsRefused.push(url)
        // ERR_ABORTED leaves the current document in place, as a prevented navigation does in Electron.
        return route.abort('aborted')
      }
    }
    return route.continue()
  }
}

/** The frame a request belongs to; a new window's first request comes before its frame exists. */
function frameOf(request: Request): Frame | null {
  try {
    return request.frame()
  } catch {
    return null
  }
}

export interface WindowOptions {
  x?: number
  y?: number
  width?: number
  height?: number
  show?: boolean
  title?: string
  webPreferences?: { preload?: string; nodeIntegrationInSubFrames?: boolean; [key: string]: unknown }
  [key: string]: unknown
}

/**
 * BrowserWindow: the options are recorded (the stories check webPreferences), the window's page is a
 * real Chromium page in its own context sized like the window, and the geometry calls (bounds,
 * maximize, minimize) keep the state that window-state.ts saves.
 */
export class StandInBrowserWindow extends EventEmitter {
  readonly webContents: StandInWebContents
  pageNow: Page | null = null
  menu: unknown = null
  private bounds: Bounds
  private normalBounds: Bounds
  private maximized = false
  private minimized = false
  private visible: boolean
  private focused = false
  private destroyed = false
  private shownOnce = false
  private context: BrowserContext | null = null
  private resizing: Promise<void> = Promise.resolve()

  constructor(
    readonly options: WindowOptions,
    private readonly host: WindowHost,
    private readonly registry: Set<StandInBrowserWindow>
  ) {
    super()
    const area = host.primaryWorkArea()
    const width = options.width ?? 800
    const height = options.height ?? 600
    this.bounds = {
      width,
      height,
      x: options.x ?? area.x + Math.round((area.width - width) / 2),
      y: options.y ?? area.y + Math.round((area.height - height) / 2)
    }
    this.normalBounds = { ...this.bounds }
    this.visible = options.show !== false
    registry.add(this)
    const page = this.openPage()
    this.webContents = new StandInWebContents(this, host, page)
    host.contentsCreated(this.webContents)
  }

  private async openPage(): Promise<Page> {
    this.context = await this.host.browser.newContext({
      viewport: { width: this.bounds.width, height: this.bounds.height },
      locale: this.host.locale()
    })
    const page = await this.context.newPage()
    await this.context.route('**/*', (route) => this.webContents.route(route, page))
    this.pageNow = page
    return page
  }

  firstLoadDone(): void {
    if (this.shownOnce) return
    this.shownOnce = true
    this.emit('ready-to-show', electronEvent())
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  loadFile(path: string): Promise<void> {
    return this.webContents.loadURL(new URL(`file://${path}`).href)
  }

  setMenu(menu: unknown): void {
    this.menu = menu
  }

  removeMenu(): void {
    this.menu = null
  }

  show(): void {
    this.visible = true
    this.focused = true
    this.emit('show')
  }

  hide(): void {
    this.visible = false
  }

  isVisible(): boolean {
    return this.visible
  }

  focus(): void {
    this.focused = true
    this.emit('focus')
  }

  isFocused(): boolean {
    return this.focused
  }

  blur(): void {
    this.focused = false
  }

  getBounds(): Bounds {
    return { ...this.bounds }
  }

  getNormalBounds(): Bounds {
    return { ...(this.maximized ? this.normalBounds : this.bounds) }
  }

  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds }
    if (!this.maximized) this.normalBounds = { ...this.bounds }
    this.resizePage()
  }

  maximize(): void {
    if (this.maximized) return
    this.normalBounds = { ...this.bounds }
    this.maximized = true
    this.bounds = this.host.primaryWorkArea()
    this.resizePage()
    this.emit('maximize')
  }

  unmaximize(): void {
    if (!this.maximized) return
    this.maximized = false
    this.bounds = { ...this.normalBounds }
    this.resizePage()
    this.emit('unmaximize')
  }

  isMaximized(): boolean {
    return this.maximized
  }

  minimize(): void {
    this.minimized = true
    this.focused = false
    this.emit('minimize')
  }

  isMinimized(): boolean {
    return this.minimized
  }

  restore(): void {
    this.minimized = false
    this.emit('restore')
  }

  getTitle(): string {
    return String(this.options.title ?? '')
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Electron's close: 'close' (a handler may prevent it), then the page goes and 'closed' follows. */
  close(): Promise<void> {
    if (this.destroyed) return Promise.resolve()
    const event = electronEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return Promise.resolve()
    return this.destroy()
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    this.registry.delete(this)
    await this.resizing
    await this.webContents.page.catch(() => null)
    await this.context?.close()
    this.emit('closed')
    this.webContents.emit('destroyed')
    if (this.registry.size === 0) this.host.onAllClosed()
  }

  /**
   * The page follows the window's size. Resizes run one after another and close() waits for them, so a
   * window closed right after a maximize never resizes a page that is gone.
   */
  private resizePage(): void {
    const { width, height } = this.bounds
    this.resizing = this.resizing.then(async () => {
      const page = await this.webContents.page
      if (!this.destroyed) await page.setViewportSize({ width, height })
    })
  }
}
