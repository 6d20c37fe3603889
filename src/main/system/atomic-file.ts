import * as fs from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../../shared/errors'

/** The file operations the writer uses, replaceable in tests (e.g. a target locked by Word). */
export interface AtomicFs {
  openSync: typeof fs.openSync
  writeSync: (fd: number, data: Uint8Array) => number
  fsyncSync: typeof fs.fsyncSync
  closeSync: typeof fs.closeSync
  renameSync: typeof fs.renameSync
  rmSync: typeof fs.rmSync
}

const realFs: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync
}

/** Error codes Windows gives when Word, WPS or Excel holds the target open (or a sync client locks it). */
const BUSY_CODES = new Set(['EBUSY', 'EPERM', 'EACCES'])

/**
 * Writes a whole file or nothing: the bytes go to a temporary file next to the target, are flushed to
 * disk, then renamed over the target in one step. A crash or a full disk leaves the old file intact.
 * A target held open by another program becomes a `file-busy` UserError the page answers with 重试.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, io: AtomicFs = realFs): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    const fd = io.openSync(temp, 'w')
    try {
      io.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      io.fsyncSync(fd)
    } finally {
      io.closeSync(fd)
    }
    io.renameSync(temp, target)
  } catch (error) {
    io.rmSync(temp, { force: true })
    throw describeWriteError(error, target)
  }
}

/** Turns a file system error on `target` into the Chinese message a clerk can act on. */
export function describeWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const name = basename(target)
  if (code && BUSY_CODES.has(code)) {
    return new UserError(
      'file-busy',
      `文件“${name}”正被其他程序（如 Word、WPS 或 Excel）打开，无法写入。请先关闭该文件，再点“重试”。`,
      { path: target }
    )
  }
  if (code === 'ENOSPC')
    return new UserError('file-busy', `磁盘空间不足，“${name}”未能写入，原有文件未受影响。请清理磁盘后重试。`)
  if (code === 'ENOENT') return new UserError('invalid-input', `保存位置不存在：${dirname(target)}`)
  if (code === 'EROFS')
    return new UserError('file-busy', `保存位置是只读的，无法写入“${name}”。请换一个位置。`)
  return error
}
