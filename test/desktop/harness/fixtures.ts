import { test as base } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchDesktop, type DesktopApp } from './launch'

export interface Desktop {
  /** A temporary folder for this test: userData lives in it, and so do the files a story saves. */
  dir: string
  userData: string
  /** Starts the built app on this test's userData (or another one), with the given command line. */
  start(
    args?: string[],
    options?: { userData?: string; displays?: Parameters<typeof launchDesktop>[0]['displays'] }
  ): DesktopApp
}

/** Each test gets its own userData; every app it started is quit at the end, then the folder goes. */
export const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ browser }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'civdesk-desktop-'))
    const started: DesktopApp[] = []
    try {
      await use({
        dir,
        userData: join(dir, 'userData'),
        start(args = [], options = {}) {
          const app = launchDesktop({
            browser,
            userData: options.userData ?? join(dir, 'userData'),
            args,
            ...(options.displays ? { displays: options.displays } : {})
          })
          started.push(app)
          return app
        }
      })
    } finally {
      for (const app of started) await app.quit()
      rmSync(dir, { recursive: true, force: true })
    }
  }
})

export { expect } from '@playwright/test'
