import type { App, Session, WebContents } from 'electron'
import { isTrustedRendererUrl } from './shell/trusted-url'

/**
 * Everything that keeps the window from becoming a way into the machine, in one place: no navigation
 * away from the app, no redirects, no new windows, no <webview>, no permission (camera, notifications,
 * geolocation …) ever granted. Loaded content is only the app's own page (see window.ts for the
 * sandboxed webPreferences and index.html for the CSP).
 */
export function hardenApp(app: App, session: Session, rendererUrl: () => string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererUrl))
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function hardenWebContents(contents: WebContents, rendererUrl: () => string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, rendererUrl())) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
