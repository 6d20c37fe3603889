import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import type { UserError } from '../../shared/errors'
import { acquireDataFileLock } from './data-file-lock'

const tempDir = useTempDir()
const NOW = '2025-09-30T09:15:00+08:00'

describe('one CivDesk per data file', () => {
  it('takes the lock, and gives it back on release', () => {
    const file = join(tempDir(), 'civdesk.db')
    const release = acquireDataFileLock(file, 'electron', NOW)
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({
      pid: process.pid,
      shell: 'electron'
    })
    release()
    expect(existsSync(`${file}.lock`)).toBe(false)
  })

  it('refuses a file another live CivDesk holds, naming it', () => {
    const file = join(tempDir(), 'civdesk.db')
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: 4242, host: hostname(), since: NOW, shell: 'electron' })
    )
    const error = (() => {
      try {
        acquireDataFileLock(file, 'web', NOW, () => true)
      } catch (e) {
        return e
      }
    })() as UserError
    expect(error.code).toBe('db-locked')
    expect(error.message).toBe(
      '这个数据文件正被另一个文明办工作台使用（进程 4242，自 2025-09-30 09:15 起）。请在那个窗口中继续工作，或先将其关闭后再打开。'
    )
  })

  it('refuses a file locked from another computer (a shared folder)', () => {
    const file = join(tempDir(), 'civdesk.db')
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: 1, host: 'WJB-PC-07', since: NOW, shell: 'electron' })
    )
    expect(() => acquireDataFileLock(file, 'electron', NOW, () => false)).toThrow(/计算机“WJB-PC-07”/)
  })

  it('takes over the lock of a CivDesk that crashed', () => {
    const file = join(tempDir(), 'civdesk.db')
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: 999999, host: hostname(), since: NOW, shell: 'electron' })
    )
    const release = acquireDataFileLock(file, 'electron', NOW, () => false)
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid)
    release()
  })

  it('takes over a damaged lock file', () => {
    const file = join(tempDir(), 'civdesk.db')
    writeFileSync(`${file}.lock`, '{broken')
    acquireDataFileLock(file, 'electron', NOW)()
    expect(existsSync(`${file}.lock`)).toBe(false)
  })
})
