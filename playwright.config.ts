import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/harness/browser'

/**
 * The renderer, built by `npm run build`, driven in Chromium against the local web mode (the Electron
 * binary cannot be downloaded on these machines). Each test starts its own web mode on its own
 * temporary data file (e2e/harness/fixtures.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // A hang detector, not a speed limit: with two workers beside LibreOffice a 40 s story can take 90 s.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  }
})
