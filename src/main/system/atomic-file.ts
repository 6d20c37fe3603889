import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a whole file or nothing: the bytes go to a temporary file next to the target, are flushed to
 * disk, then renamed over the target in one step. A crash or a full disk leaves the old file intact.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    const fd = openSync(temp, 'w')
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
