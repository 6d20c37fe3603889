import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../shared/errors'
import type { Platform } from '../file/platform'

/**
 * The web mode's stand-in for native dialogs: files to read arrive by upload (server.ts), and files to
 * write go to a fresh folder under this run's work folder, from which the page downloads them.
 */
export function webPlatform(workDir: string): Platform {
  const fresh = (): string => {
    const dir = join(workDir, 'out', randomBytes(6).toString('hex'))
    mkdirSync(dir, { recursive: true })
    return dir
  }
  return {
    chooseOpenFile: () => Promise.reject(new UserError('invalid-input', '网页模式下请通过上传选择文件。')),
    chooseOpenFiles: () => Promise.reject(new UserError('invalid-input', '网页模式下请通过上传选择文件。')),
    chooseSaveFile: async (_purpose, defaultName) => join(fresh(), safeName(defaultName)),
    chooseFolder: async () => fresh(),
    openFile: async () => undefined,
    showInFolder: () => undefined,
    rememberDataFile: () => undefined
  }
}

/** A file name from the page, reduced to one path segment with no characters Windows forbids. */
export function safeName(name: string): string {
  const cleaned = name
    // Control characters are exactly what must go, hence the control-character class.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120)
  return cleaned === '' ? 'file' : cleaned
}
