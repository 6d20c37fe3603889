import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../src/shared/csp'

describe('the Content-Security-Policy', () => {
  it('is the same in index.html (desktop window) as in the web mode header', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(RENDERER_CSP)
  })

  it('allows no script from anywhere but the app, and no eval', () => {
    expect(RENDERER_CSP).toMatch(/script-src 'self'(;|$)/)
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/)
    expect(RENDERER_CSP).toContain("object-src 'none'")
  })
})
