import { describe, expect, it } from 'vitest'
import { isTrustedRendererUrl } from './trusted-url'

const FILE_APP = 'file:///C:/CivDesk/resources/app.asar/out/renderer/index.html'
const DEV_APP = 'http://localhost:5173'

describe('is this the app own page?', () => {
  it.each([
    [FILE_APP, FILE_APP],
    [`${FILE_APP}#/tasks`, FILE_APP],
    [`${FILE_APP}?x=1`, FILE_APP],
    ['http://localhost:5173/', DEV_APP],
    ['http://localhost:5173/src/main.tsx', DEV_APP]
  ])('trusts %s', (url, app) => expect(isTrustedRendererUrl(url, app)).toBe(true))

  it.each([
    [`${FILE_APP}.evil.html`, FILE_APP],
    ['file:///C:/Users/clerk/Downloads/index.html', FILE_APP],
    ['file:///C:/CivDesk/resources/app.asar/out/renderer/../../../evil/index.html', FILE_APP],
    ['https://localhost:5173/', DEV_APP],
    ['http://localhost:5174/', DEV_APP],
    ['http://localhost:5173.evil.com/', DEV_APP],
    ['http://evil.com/?http://localhost:5173', DEV_APP],
    ['http://user@localhost:5173/', DEV_APP],
    ['http://127.0.0.1:5173/', DEV_APP],
    ['javascript:alert(1)', DEV_APP],
    ['not a url', DEV_APP],
    ['', FILE_APP]
  ])('refuses %s', (url, app) => expect(isTrustedRendererUrl(url, app)).toBe(false))
})
