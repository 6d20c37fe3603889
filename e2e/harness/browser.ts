import type { LaunchOptions } from '@playwright/test'

/**
 * Debian's Chromium by default (Playwright cannot download its own browser here); set CIVDESK_CHROMIUM
 * to another executable, or to "bundled" to use Playwright's own (e.g. on a Windows workstation).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const configured = process.env.CIVDESK_CHROMIUM ?? '/usr/bin/chromium'
  return {
    ...(configured === 'bundled' ? {} : { executablePath: configured }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync'
    ]
  }
}
