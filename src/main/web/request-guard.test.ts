import { describe, expect, it } from 'vitest'
import { guardApiRequest, type GuardInput } from './request-guard'

const PORT = 43117
const TOKEN = 'tok_0123456789abcdefABCDEF'
const good: GuardInput = {
  method: 'POST',
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
  token: TOKEN,
  contentType: 'application/json'
}

describe('who may reach the data through the web mode', () => {
  it.each([
    ['the page itself', good],
    ['a non-browser client without Origin', { ...good, origin: undefined }],
    ['localhost as host', { ...good, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }],
    ['a charset in the content type', { ...good, contentType: 'application/json; charset=utf-8' }]
  ])('lets in %s', (_label, input) => expect(guardApiRequest(input, PORT, TOKEN)).toEqual({ ok: true }))

  it.each([
    ['a GET', { ...good, method: 'GET' }, 'method'],
    ['DNS rebinding (evil host name)', { ...good, host: `evil.example:${PORT}` }, 'host'],
    ['a look-alike host', { ...good, host: `127.0.0.1.evil.example:${PORT}` }, 'host'],
    ['another port', { ...good, host: `127.0.0.1:${PORT + 1}` }, 'host'],
    ['no Host', { ...good, host: undefined }, 'host'],
    ['another site (CSRF)', { ...good, origin: 'https://evil.example' }, 'origin'],
    ['a look-alike origin', { ...good, origin: `http://127.0.0.1:${PORT}.evil.example` }, 'origin'],
    ['an https origin', { ...good, origin: `https://127.0.0.1:${PORT}` }, 'origin'],
    ['a null origin (sandboxed iframe, file://)', { ...good, origin: 'null' }, 'origin'],
    ['a form post', { ...good, contentType: 'application/x-www-form-urlencoded' }, 'content-type'],
    ['a text/plain "simple request"', { ...good, contentType: 'text/plain' }, 'content-type'],
    ['no token', { ...good, token: undefined }, 'token'],
    ['a wrong token', { ...good, token: TOKEN.replace('0', '1') }, 'token'],
    ['a token prefix', { ...good, token: TOKEN.slice(0, 10) }, 'token']
  ])('refuses %s', (_label, input, reason) => {
    expect(guardApiRequest(input as GuardInput, PORT, TOKEN)).toMatchObject({ ok: false, reason })
  })
})
