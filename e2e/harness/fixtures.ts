import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './cli'
import { startWebMode, type WebMode } from './web-mode'

export interface Workspace {
  dataFile: string
  dir: string
  /** Opens the app in the page, in the web mode, on this test's data file. */
  open(page: Page): Promise<void>
}

/**
 * Each test gets its own folder and data file, and its own web mode process; `sampleCity` starts from
 * the sample city (made by the CLI's `demo`), `emptyFile` from a new, empty data file.
 */
export const test = base.extend<{ sampleCity: Workspace; emptyFile: Workspace }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  sampleCity: async ({}, use) => {
    await withWorkspace(true, use)
  },
  // eslint-disable-next-line no-empty-pattern
  emptyFile: async ({}, use) => {
    await withWorkspace(false, use)
  }
})

async function withWorkspace(withSample: boolean, use: (w: Workspace) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-e2e-'))
  const dataFile = join(dir, withSample ? '示例市.db' : 'new.db')
  if (withSample) {
    const made = runCli(['demo', '--db', dataFile])
    if (made.status !== 0) throw new Error(`demo failed: ${made.stderr}`)
  }
  let web: WebMode | null = null
  try {
    await use({
      dataFile,
      dir,
      open: async (page) => {
        web ??= await startWebMode(dataFile)
        await page.goto(web.url)
      }
    })
  } finally {
    await (web as WebMode | null)?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export { expect } from '@playwright/test'
