import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { dispatch } from '../api/dispatch'
import type { Handlers } from '../api/handlers'
import type { Logger } from '../system/logger'
import { promptClose } from './prompt-close'
import { guardApiRequest } from './request-guard'
import { resolveStaticFile } from './static-files'
import { RENDERER_CSP } from '../../shared/csp'
import { UserError } from '../../shared/errors'
import type { FileRegistry } from '../file/file-registry'
import { receiveUpload, sendDownload } from './transfers'

export interface WebServerOptions {
  handlers: Handlers
  /** Where uploads land; the registry that hands out their handles. */
  workDir: string
  files: FileRegistry
  rendererDir: string
  token: string
  port?: number
  log: Logger
}

export interface RunningWebServer {
  url: string
  port: number
  close(): Promise<void>
}

const MAX_JSON_BYTES = 4 * 1024 * 1024
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024

/**
 * The local web mode: the built renderer and the contract over HTTP on 127.0.0.1, for development and
 * for the Playwright tests, on machines where the Electron binary is not available. The page cannot
 * tell the difference: its client posts {method, payload} and gets the same Reply as over IPC.
 */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const root = resolve(options.rendererDir)
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.log.error('web request failed', error)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '服务器内部错误')
      else res.destroy()
    })
  })
  const close = promptClose(server)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    const isUpload = path === '/upload'
    if (path.startsWith('/api/') || isUpload || path === '/download') {
      const verdict = guardApiRequest(
        {
          method: req.method ?? '',
          host: req.headers.host,
          origin: req.headers.origin,
          token: header(req, 'x-civdesk-token'),
          contentType: req.headers['content-type']
        },
        port,
        options.token,
        isUpload ? 'application/octet-stream' : 'application/json'
      )
      if (!verdict.ok)
        return send(res, verdict.status, 'text/plain; charset=utf-8', `拒绝访问（${verdict.reason}）`)
      const body = await readBody(req, isUpload ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES)
      if (body === null) return send(res, 413, 'text/plain; charset=utf-8', '请求过大')
      if (isUpload) return replyWith(res, () => receiveUpload(url, options.workDir, options.files, body))
      let payload: unknown
      try {
        payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
      } catch {
        return sendJson(res, {
          ok: false,
          error: { code: 'invalid-input', message: '请求内容不是有效的 JSON。' }
        })
      }
      if (path === '/download') {
        const ref =
          typeof (payload as { ref?: unknown }).ref === 'string' ? (payload as { ref: string }).ref : ''
        try {
          return sendDownload(res, ref, options.files)
        } catch (error) {
          if (error instanceof UserError) return send(res, 404, 'text/plain; charset=utf-8', error.message)
          throw error
        }
      }
      const method = decodeURIComponent(path.slice('/api/'.length))
      return sendJson(res, await dispatch(options.handlers, method, payload, options.log))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求')
    const file = await resolveStaticFile(root, path)
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '未找到')
    res.setHeader('Content-Security-Policy', RENDERER_CSP)
    send(res, 200, file.contentType, file.body)
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolvePromise({
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
        close
      })
    })
  })
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Runs a step and sends its result as a Reply, a UserError as its Chinese message. */
function replyWith(res: ServerResponse, step: () => unknown): void {
  try {
    sendJson(res, { ok: true, value: step() })
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    sendJson(res, { ok: false, error: error.toPayload() })
  }
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        req.destroy()
        resolvePromise(null)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolvePromise(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer'
  })
  res.end(body)
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value))
}
