import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { UserError } from '../../shared/errors'
import { FILE_PURPOSES, OPEN_PURPOSES, type OpenPurpose } from '../../shared/file-purposes'
import { assertReadable } from '../file/file-service'
import type { FileRegistry } from '../file/file-registry'
import { safeName } from './web-platform'

const isOpenPurpose = (value: string): value is OpenPurpose => (OPEN_PURPOSES as string[]).includes(value)

/**
 * The web mode's file transfers. Upload: the page posts the bytes of a file the clerk picked in the
 * browser; they land in this run's work folder and get a handle, exactly as a native dialog would give.
 * Download: the page fetches a file a handle points to (an export, a document) to save it in the browser.
 */
export function receiveUpload(
  url: URL,
  workDir: string,
  registry: FileRegistry,
  body: Buffer
): { ref: string; name: string } {
  const purpose = url.searchParams.get('purpose')
  if (!purpose || !isOpenPurpose(purpose)) throw new UserError('invalid-input', '上传用途无效')
  const name = safeName(url.searchParams.get('name') ?? 'upload')
  if (body.length > FILE_PURPOSES[purpose].maxBytes)
    throw new UserError(
      'file-refused',
      `文件过大，${FILE_PURPOSES[purpose].label}不能超过 ${Math.round(FILE_PURPOSES[purpose].maxBytes / 1024 / 1024)} MB`
    )
  const dir = join(workDir, 'in', randomBytes(6).toString('hex'))
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, body)
  assertReadable(path, purpose)
  return registry.register(path, purpose, 'input')
}

export function sendDownload(res: ServerResponse, ref: string, registry: FileRegistry): void {
  const { path, kind } = registry.resolveAny(ref)
  if (kind !== 'output') throw new UserError('invalid-input', '只能下载生成的文件')
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new UserError('not-found', '文件尚未生成或已被删除')
  }
  const fileName = path.split(/[\\/]/).pop()!
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store'
  })
  createReadStream(path).pipe(res)
}
