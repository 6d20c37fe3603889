import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { UserError } from '../../shared/errors'

interface LockOwner {
  pid: number
  host: string
  since: string
  shell: string
}

/**
 * Keeps two CivDesk windows (or a window and the web mode) from working on one data file at once: each
 * writes <file>.lock with its process id when it opens the file. A lock left by a process that is gone
 * (a crash, a power cut) is taken over; a live one is refused with a message naming who holds it.
 * The CLI's read-only commands do not take the lock. Tested in data-file-lock.test.ts.
 */
export function acquireDataFileLock(
  dataFile: string,
  shell: string,
  now: string,
  isAlive = processIsAlive
): () => void {
  const lockPath = `${dataFile}.lock`
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now, shell }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      try {
        writeSync(fd, JSON.stringify(me))
      } finally {
        closeSync(fd)
      }
      return () => releaseIfMine(lockPath)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(lockPath)
      if (owner && owner.host === me.host && owner.pid === me.pid) return () => releaseIfMine(lockPath)
      if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
        const where = owner.host === me.host ? `进程 ${owner.pid}` : `计算机“${owner.host}”`
        throw new UserError(
          'db-locked',
          `这个数据文件正被另一个文明办工作台使用（${where}，自 ${owner.since.slice(0, 16).replace('T', ' ')} 起）。请在那个窗口中继续工作，或先将其关闭后再打开。`,
          { owner }
        )
      }
      // The holder is gone: its lock is stale.
      rmSync(lockPath, { force: true })
    }
  }
  throw new UserError('db-locked', '无法锁定数据文件，请稍后重试。')
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : null
  } catch {
    return null
  }
}

function releaseIfMine(lockPath: string): void {
  const owner = readOwner(lockPath)
  if (owner && owner.pid === process.pid && owner.host === hostname()) rmSync(lockPath, { force: true })
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const held = new Map<string, () => void>()

/** Locks a data file for this process (idempotent); `unlockDataFile` gives it back. */
export function lockDataFile(dataFile: string, shell: string, now: string): void {
  if (!held.has(dataFile)) held.set(dataFile, acquireDataFileLock(dataFile, shell, now))
}

export function unlockDataFile(dataFile: string): void {
  held.get(dataFile)?.()
  held.delete(dataFile)
}

/** On exit: every lock this process holds. */
export function unlockAllDataFiles(): void {
  for (const file of [...held.keys()]) unlockDataFile(file)
}
