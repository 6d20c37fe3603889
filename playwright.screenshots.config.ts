import { defineConfig } from '@playwright/test'
import baseConfig from './playwright.config'

/**
 * `npm run screenshots`: renders each page on the sample city into docs/screenshots/ for review. Kept
 * out of `npm test` because it rewrites committed files.
 */
export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/screenshots',
  testMatch: '**/*.shots.ts',
  workers: 1
})
