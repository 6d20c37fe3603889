import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/harness/browser'

/**
 * The desktop path (`npm run test:desktop`): out/main/index.js runs in the test worker with a stand-in
 * `electron` (test/desktop/stand-in), and its window is a Chromium page on file://…/out/renderer.
 * One worker: each story starts the main process in that worker, one app after another.
 */
const launch = chromiumLaunchOptions()
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/desktop',
  use: {
    browserName: 'chromium',
    // Electron's file: scheme lets the page load its module scripts from file://; Chromium needs this.
    launchOptions: { ...launch, args: [...(launch.args ?? []), '--allow-file-access-from-files'] },
    trace: 'retain-on-failure',
    screenshot: 'off'
  }
})
