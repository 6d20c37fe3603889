import type { FileChooser, Locator, Page } from '@playwright/test'

type Files = Parameters<FileChooser['setFiles']>[0]

/**
 * Clicks `trigger` and answers the browser's file chooser with `files`, as a clerk picks them.
 *
 * Chromium now and then lets a click through before Playwright's file-chooser interception is in
 * place (a known race, puppeteer#6040 / playwright#19051); the picker then opens natively, headless
 * Chromium cancels it, and the page just goes on waiting. A chooser that has not come within
 * `patience` ms is therefore asked for again, at most `attempts` times, instead of the story hanging
 * until its timeout (one CI run lost 9 minutes that way).
 */
export async function chooseFilesThrough(
  page: Page,
  trigger: Locator,
  files: Files,
  { attempts = 3, patience = 15_000 }: { attempts?: number; patience?: number } = {}
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: patience })
    await trigger.click()
    try {
      await (await chooser).setFiles(files)
      return
    } catch (e) {
      if (attempt >= attempts) throw e
    }
  }
}
