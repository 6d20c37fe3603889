import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import { connect } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeHandlers } from '../../../test/fake-handlers'
import { useTempDir } from '../../../test/temp-dir'
import { silentLogger } from '../system/logger'
import { startWebServer, type RunningWebServer } from './server'
import { FileRegistry } from '../file/file-registry'
import { readFileSync } from 'node:fs'

const TOKEN = 'test-token-abcdefghijklmnop'
const tempDir = useTempDir()
let server: RunningWebServer | null = null
let files: FileRegistry
afterEach(async () => {
  await server?.close()
  server = null
})

async function start() {
  const root = join(tempDir(), 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>文明办工作台</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, '..', 'secret.txt'), 'secret')
  const handlers = fakeHandlers()
  files = new FileRegistry()
  server = await startWebServer({
    handlers,
    rendererDir: root,
    token: TOKEN,
    log: silentLogger,
    workDir: tempDir(),
    files
  })
  return { handlers, base: `http://127.0.0.1:${server.port}` }
}

const post = (base: string, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CivDesk-Token': TOKEN, ...headers },
    body: JSON.stringify(body)
  })

describe('the local web mode', () => {
  it('prints a loopback URL carrying the token', async () => {
    await start()
    expect(server!.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${TOKEN}$`))
  })

  it('answers the contract with the same Reply as IPC, parsing payloads', async () => {
    const { base, handlers } = await start()
    await expect((await post(base, 'ledger.summary', { asOf: '2025-09-30' })).json()).resolves.toEqual({
      ok: true,
      value: { echo: { asOf: '2025-09-30' } }
    })
    const bad = await (await post(base, 'ledger.summary', { asOf: '30/09/2025' })).json()
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    await expect((await post(base, 'db.exec', {})).json()).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-method' }
    })
    expect(handlers['ledger.summary']).toHaveBeenCalledTimes(1)
  })

  it('refuses calls without the token or from another origin, before any handler runs', async () => {
    const { base, handlers } = await start()
    expect(
      (await post(base, 'task.list', { asOf: '2025-09-30' }, { 'X-CivDesk-Token': 'wrong' })).status
    ).toBe(401)
    expect(
      (await post(base, 'task.list', { asOf: '2025-09-30' }, { Origin: 'https://evil.example' })).status
    ).toBe(403)
    expect(
      (
        await fetch(`${base}/api/task.list`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', 'X-CivDesk-Token': TOKEN },
          body: '{}'
        })
      ).status
    ).toBe(415)
    expect(handlers['task.list']).not.toHaveBeenCalled()
  })

  it('serves the built page with its CSP, and nothing outside it', async () => {
    const { base } = await start()
    const page = await fetch(`${base}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('文明办工作台')
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404)
    }
  })

  it('refuses an oversized request body', async () => {
    const { base } = await start()
    const response = await post(base, 'ledger.summary', {
      asOf: '2025-09-30',
      pad: 'x'.repeat(5 * 1024 * 1024)
    }).catch(() => null)
    expect(response === null || response.status === 413).toBe(true)
  })

  it('takes an upload as a handle for its purpose, refusing the wrong kind of file', async () => {
    const { base } = await start()
    const upload = (name: string, bytes: Buffer, purpose = 'ledger-xlsx') =>
      fetch(`${base}/upload?purpose=${purpose}&name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-CivDesk-Token': TOKEN },
        body: new Uint8Array(bytes)
      }).then((r) => r.json())
    const ok = (await upload('台账.xlsx', Buffer.from('PK\u0003\u0004'))) as { value: { ref: string } }
    expect(ok).toMatchObject({ ok: true, value: { name: '台账.xlsx' } })
    const path = files.resolve(ok.value.ref, 'input', ['ledger-xlsx'])
    expect(readFileSync(path, 'utf8')).toBe('PK\u0003\u0004')
    await expect(upload('../../evil.xlsx', Buffer.from('x'))).resolves.toMatchObject({
      ok: true,
      value: { name: '_.._evil.xlsx' }
    })
    await expect(upload('台账.csv', Buffer.from('x'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'file-refused' }
    })
    await expect(upload('x.xlsx', Buffer.from('x'), 'export-xlsx')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('downloads only files that were written for the clerk', async () => {
    const { base } = await start()
    const out = join(tempDir(), '简报.docx')
    writeFileSync(out, 'docx-bytes')
    const written = files.register(out, 'docx', 'output')
    const download = (ref: string) =>
      fetch(`${base}/download`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CivDesk-Token': TOKEN },
        body: JSON.stringify({ ref })
      })
    const response = await download(written.ref)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('简报.docx'))
    expect(await response.text()).toBe('docx-bytes')
    const input = files.register(out, 'ledger-xlsx', 'input')
    expect((await download(input.ref)).status).toBe(404)
    expect((await download('f_000000000000000000000000')).status).toBe(404)
  })

  it('stops without waiting on a socket opened ahead of a request, letting an answer under way finish', async () => {
    const { base, handlers } = await start()
    // A socket as Chromium opens one ahead of a request: connected, nothing sent. Node alone would keep
    // the stop waiting on it for its 60-second headers timeout.
    const early = connect(server!.port, '127.0.0.1')
    await once(early, 'connect')
    const earlyClosed = once(early, 'close')
    // A request under way: its handler answers only when released.
    let release: (() => void) | undefined
    vi.mocked(handlers['ledger.summary']).mockImplementation(
      () => new Promise((resolve) => (release = () => resolve({ done: true } as never)))
    )
    const answer = post(base, 'ledger.summary', { asOf: '2025-09-30' })
    await vi.waitFor(() => expect(release).toBeDefined())

    const stopped = server!.close()
    server = null
    await earlyClosed
    release!()
    await expect((await answer).json()).resolves.toEqual({ ok: true, value: { done: true } })
    await stopped
  })
})
