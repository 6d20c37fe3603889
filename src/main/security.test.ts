import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

const created: { options: Record<string, unknown> }[] = []
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push({ options })
    }
  }
}))
import { hardenApp, hardenWebContents } from './security'
import { createMainWindow } from './window'

const APP = 'file:///C:/CivDesk/out/renderer/index.html'

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | (() => unknown),
    setWindowOpenHandler(fn: () => unknown) {
      contents.openHandler = fn
    }
  })
  hardenWebContents(contents as never, () => APP)
  const fire = (event: string, ...args: unknown[]) => {
    const e = { preventDefault: vi.fn() }
    contents.emit(event, e, ...args)
    return e.preventDefault.mock.calls.length > 0
  }
  return { contents, fire }
}

describe('the window cannot be turned into a browser', () => {
  it('denies navigation away from the app, but not a reload of the app itself', () => {
    const { fire } = fakeContents()
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(fire('will-navigate', 'file:///C:/Windows/System32/')).toBe(true)
    expect(fire('will-navigate', APP)).toBe(false)
  })

  it('denies redirects, webviews and new windows', () => {
    const { contents, fire } = fakeContents()
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(fire('will-attach-webview', {}, {})).toBe(true)
    expect(contents.openHandler!()).toEqual({ action: 'deny' })
  })

  it('grants no permission, ever', () => {
    const app = new EventEmitter()
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    hardenApp(
      app as never,
      {
        setPermissionRequestHandler: (fn: never) => (request = fn),
        setPermissionCheckHandler: (fn: never) => (check = fn)
      } as never,
      () => APP
    )
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn()
      request!({}, permission, answer)
      expect(answer).toHaveBeenCalledWith(false)
    }
    expect(check!()).toBe(false)
  })

  it('runs the page sandboxed, isolated, without Node', () => {
    createMainWindow('/app/out/preload/index.js', { width: 1200, height: 800 }, '/app/icon.png')
    expect(created[0].options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })
})
