/**
 * Is `url` the app's own page? Compared as parsed URLs, never by substring, so look-alikes such as
 * "file:///…/index.html.evil", "http://localhost:5173.evil.com" or "http://user@localhost:5173" fail
 * (trusted-url.test.ts).
 */
export function isTrustedRendererUrl(url: string, rendererUrl: string): boolean {
  let actual: URL
  let expected: URL
  try {
    actual = new URL(url)
    expected = new URL(rendererUrl)
  } catch {
    return false
  }
  if (actual.username || actual.password) return false
  if (actual.protocol !== expected.protocol) return false
  if (expected.protocol === 'file:')
    return decodeURIComponent(actual.pathname) === decodeURIComponent(expected.pathname)
  if (expected.protocol === 'http:' || expected.protocol === 'https:')
    return actual.origin === expected.origin
  return false
}
