import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../system/atomic-file'

/** A file name (not a path) with the characters Windows forbids replaced: 〔〕 and Chinese stay. */
export function fileNameOf(stem: string, extension: string): string {
  // Control characters are exactly what must go, hence the control-character class.
  const forbidden = /[\\/:*?"<>|\u0000-\u001f]/g // eslint-disable-line no-control-regex
  const cleaned = stem.replace(forbidden, '_').replace(/^\.+/, '').trim().slice(0, 150)
  return `${cleaned === '' ? '文档' : cleaned}.${extension}`
}

/**
 * Writes several files into a folder, each whole or not at all (temporary file, then rename); if one
 * fails, the ones already written by this call are removed, so a batch never leaves half its files.
 */
export function writeAllOrNone(
  folder: string,
  files: readonly { name: string; bytes: Uint8Array }[]
): string[] {
  const written: string[] = []
  try {
    for (const file of files) {
      const path = join(folder, file.name)
      writeFileAtomic(path, file.bytes)
      written.push(path)
    }
    return written
  } catch (error) {
    removeFiles(written)
    throw error
  }
}

export function removeFiles(paths: readonly string[]): void {
  for (const path of paths) rmSync(path, { force: true })
}
