import { timingSafeEqual } from 'node:crypto'

export interface GuardInput {
  method: string
  host: string | undefined
  origin: string | undefined
  token: string | undefined
  contentType: string | undefined
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string }

/**
 * Decides whether an API request may reach the data. The web mode listens on 127.0.0.1 only, but any web
 * page open in the clerk's browser can still send requests there, so: the Host must be our own loopback
 * address and port (defeats DNS rebinding), a browser's Origin must be ours (defeats CSRF), and the
 * per-run random token from the printed URL must be present. JSON (or raw bytes for an upload) only,
 * so no HTML form can post.
 * Tested against look-alike hosts in request-guard.test.ts.
 */
export function guardApiRequest(
  input: GuardInput,
  port: number,
  expectedToken: string,
  expectedContentType = 'application/json'
): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  if (input.method !== 'POST') return { ok: false, status: 405, reason: 'method' }
  if (!input.host || !allowedHosts.has(input.host.toLowerCase()))
    return { ok: false, status: 403, reason: 'host' }
  if (input.origin !== undefined && !allowedHosts.has(originHost(input.origin))) {
    return { ok: false, status: 403, reason: 'origin' }
  }
  if (!input.contentType || input.contentType.split(';')[0].trim().toLowerCase() !== expectedContentType) {
    return { ok: false, status: 415, reason: 'content-type' }
  }
  if (!input.token || !sameSecret(input.token, expectedToken))
    return { ok: false, status: 401, reason: 'token' }
  return { ok: true }
}

/** 'http://127.0.0.1:5173' → '127.0.0.1:5173'; anything that is not plain http on a host:port → ''. */
function originHost(origin: string): string {
  try {
    const url = new URL(origin)
    if (url.protocol !== 'http:' || url.username || url.password || url.pathname !== '/') return ''
    return url.host.toLowerCase()
  } catch {
    return ''
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
