import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FirstRunPage } from '../../e2e/pages/first-run-page'
import { expect, test } from './harness/fixtures'
import { countingServer } from './harness/listener'
import { appInfo, invokeFromPage } from './harness/page-calls'

test('the page cannot navigate away, open a window, or be granted a permission', async ({ desktop }) => {
  const outside = await countingServer()
  try {
    const app = desktop.start()
    const { page } = await app.shown()
    const appUrl = page.url()
    const contents = app.standIn.openWindows()[0].webContents

    // A link or script sending the window elsewhere: will-navigate refuses it, the app stays.
    await page.evaluate((url) => void (location.href = url), `${outside.url}/elsewhere`)
    await expect.poll(() => contents.navigationsRefused).toEqual([`${outside.url}/elsewhere`])
    expect(page.url()).toBe(appUrl)
    await expect(new FirstRunPage(page).welcome).toBeVisible()

    // window.open: the handler denies it, no window is made and nothing is fetched.
    await page.evaluate((url) => void window.open(url), `${outside.url}/popup`)
    await expect.poll(() => contents.openDecisions).toEqual([{ url: `${outside.url}/popup`, action: 'deny' }])
    await expect.poll(() => page.context().pages().length).toBe(1)
    expect(app.standIn.openWindows()).toHaveLength(1)

    // Permissions: the page is granted none of those it could ask for, the session's handler refused them all.
    // (Notification.requestPermission would wait for a prompt that headless Chromium never answers.)
    expect(await page.evaluate(() => Notification.permission)).not.toBe('granted')
    for (const name of ['geolocation', 'notifications', 'camera', 'microphone'] as const) {
      const state = await page.evaluate(
        (n) => navigator.permissions.query({ name: n as PermissionName }).then((s) => s.state),
        name
      )
      expect(state, name).not.toBe('granted')
    }
    expect(app.standIn.session.answers.length).toBeGreaterThan(0)
    expect(app.standIn.session.answers.filter((a) => a.granted)).toEqual([])
    expect(outside.hits).toEqual([])
  } finally {
    await outside.close()
  }
})

test('the page’s Content-Security-Policy holds: no connection out, no inline script', async ({ desktop }) => {
  const outside = await countingServer()
  try {
    const app = desktop.start()
    const { page } = await app.shown()
    const violations = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = []
          document.addEventListener('securitypolicyviolation', (e) => {
            seen.push(e.effectiveDirective)
            if (seen.length === 2) resolve(seen.sort())
          })
          setTimeout(() => resolve(seen.sort()), 5000)
        })
    )
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'reached',
          () => 'refused'
        ),
      `${outside.url}/exfiltrate`
    )
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
    })
    expect(fetched).toBe('refused')
    expect(await violations).toEqual(['connect-src', 'script-src-elem'])
    expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false)
    expect(outside.hits).toEqual([])
  } finally {
    await outside.close()
  }
})

test('a call from a page that is not the app’s own is refused by the main process', async ({ desktop }) => {
  const app = desktop.start()
  const { page } = await app.shown()
  const contents = app.standIn.openWindows()[0].webContents
  const appUrl = page.url()
  // Some other document in the window (the preload runs for it as it would in Electron) asks for data.
  const other = join(desktop.dir, 'index.html')
  writeFileSync(other, '<!doctype html><title>其他页面</title>')
  await contents.loadURL(pathToFileURL(other).href)
  const refused = await invokeFromPage(page, 'sample.load', { scale: 1 })
  expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求。' } })
  expect(await invokeFromPage(page, 'app.info', {})).toMatchObject({
    ok: false,
    error: { code: 'forbidden' }
  })

  // Back on the app's page the same calls are answered, and the data file is still empty.
  await contents.loadURL(appUrl)
  expect((await appInfo(page)).isEmpty).toBe(true)
})
