import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from './clock'
import type { Logger } from './logger'

export interface FileLoggerOptions {
  dir: string
  clock: Clock
  /** Rotate when the current file passes this size. */
  maxBytes?: number
  /** civdesk.log plus this many older files (civdesk.1.log is the newest of them). */
  keep?: number
}

/**
 * The log the clerk can send to the administrator: what failed and its stack, never shown in the UI.
 * One line per entry, rotated by size so it can never fill the disk.
 */
export function fileLogger(options: FileLoggerOptions): Logger & { path: string } {
  const maxBytes = options.maxBytes ?? 1024 * 1024
  const keep = options.keep ?? 5
  mkdirSync(options.dir, { recursive: true })
  const path = join(options.dir, 'civdesk.log')

  const write = (level: string, message: string, detail?: unknown): void => {
    try {
      rotateIfFull(options.dir, path, maxBytes, keep)
      appendFileSync(path, `${options.clock.now()} ${level} ${message}${describe(detail)}\n`, 'utf8')
    } catch {
      // Logging must never take the app down with it.
    }
  }
  return {
    path,
    info: (m, d) => write('INFO ', m, d),
    warn: (m, d) => write('WARN ', m, d),
    error: (m, d) => write('ERROR', m, d)
  }
}

function rotateIfFull(dir: string, path: string, maxBytes: number, keep: number): void {
  if (!existsSync(path) || statSync(path).size < maxBytes) return
  rmSync(join(dir, `civdesk.${keep}.log`), { force: true })
  for (let i = keep - 1; i >= 1; i--) {
    const from = join(dir, `civdesk.${i}.log`)
    if (existsSync(from)) renameSync(from, join(dir, `civdesk.${i + 1}.log`))
  }
  renameSync(path, join(dir, 'civdesk.1.log'))
}

function describe(detail: unknown): string {
  if (detail === undefined || detail === '') return ''
  if (detail instanceof Error) return `\n${detail.stack ?? detail.message}`
  try {
    return ` ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`
  } catch {
    return ` ${String(detail)}`
  }
}
