import type { BrowserContext } from '@playwright/test'

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean }
) => void
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean

/** Electron permission names and the Chromium permissions Playwright can grant for them. */
const PERMISSIONS: [electron: string, chromium: string][] = [
  ['notifications', 'notifications'],
  ['geolocation', 'geolocation'],
  ['media', 'camera'],
  ['media', 'microphone'],
  ['midi', 'midi'],
  ['clipboard-read', 'clipboard-read'],
  ['clipboard-sanitized-write', 'clipboard-write']
]

/** What the session recorded and what its handlers answered (the hardening stories read this). */
export interface PermissionAnswer {
  permission: string
  requestingUrl: string
  granted: boolean
}

/**
 * session.defaultSession: the hardening hooks are recorded, and exercised on every page load. Chromium
 * has no hook that pauses a page's permission request for an answer, so before a page loads the
 * stand-in asks the recorded request handler about each permission the page could ask for and grants
 * in Chromium exactly those it allowed; without a handler Electron grants everything, and so does this.
 */
export class StandInSession {
  requestHandler: RequestHandler | null = null
  checkHandler: CheckHandler | null = null
  readonly answers: PermissionAnswer[] = []

  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.requestHandler = handler
  }

  setPermissionCheckHandler(handler: CheckHandler | null): void {
    this.checkHandler = handler
  }

  /** Applies the handlers to a window's browser context before it loads `url`. */
  async applyPermissions(context: BrowserContext, contents: unknown, url: string): Promise<void> {
    await context.clearPermissions()
    const granted: string[] = []
    for (const [electronName, chromiumName] of PERMISSIONS) {
      const answer = await this.ask(contents, electronName, url)
      const checked = this.checkHandler
        ? this.checkHandler(contents, electronName, safeOrigin(url), {
            requestingUrl: url,
            isMainFrame: true
          })
        : true
      this.answers.push({ permission: electronName, requestingUrl: url, granted: answer && checked })
      if (answer && checked) granted.push(chromiumName)
    }
    if (granted.length > 0) await context.grantPermissions(granted)
  }

  private ask(contents: unknown, permission: string, url: string): Promise<boolean> {
    const handler = this.requestHandler
    if (!handler) return Promise.resolve(true)
    return new Promise((resolve) =>
      handler(contents, permission, resolve, { requestingUrl: url, isMainFrame: true })
    )
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return ''
  }
}
