import * as fs from 'node:fs'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { UserError } from '../../shared/errors'
import { writeFileAtomic, type AtomicFs } from './atomic-file'

const tempDir = useTempDir()
const realIo: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync
}

describe('writing a file whole or not at all', () => {
  it('replaces the target with the new bytes and leaves no temporary file', () => {
    const dir = tempDir()
    const target = join(dir, '简报.docx')
    writeFileSync(target, 'old')
    writeFileAtomic(target, 'new contents')
    expect(readFileSync(target, 'utf8')).toBe('new contents')
    expect(readdirSync(dir)).toEqual(['简报.docx'])
  })

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'a target Word holds open (%s) keeps its old bytes and asks for a retry',
    (code) => {
      const dir = tempDir()
      const target = join(dir, '督办通知.docx')
      writeFileSync(target, 'the version the leader has open')
      const lockedByWord: AtomicFs = {
        ...realIo,
        renameSync: () => {
          throw Object.assign(new Error(`${code}: resource busy or locked`), { code })
        }
      }
      const error = (() => {
        try {
          writeFileAtomic(target, 'half a new file', lockedByWord)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).code).toBe('file-busy')
      expect((error as UserError).message).toBe(
        '文件“督办通知.docx”正被其他程序（如 Word、WPS 或 Excel）打开，无法写入。请先关闭该文件，再点“重试”。'
      )
      expect(readFileSync(target, 'utf8')).toBe('the version the leader has open')
      expect(readdirSync(dir)).toEqual(['督办通知.docx'])
    }
  )

  it('a full disk leaves the old file and says so', () => {
    const dir = tempDir()
    const target = join(dir, '台账.xlsx')
    writeFileSync(target, 'old')
    const full: AtomicFs = {
      ...realIo,
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
      }
    }
    expect(() => writeFileAtomic(target, 'x', full)).toThrow(/磁盘空间不足/)
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['台账.xlsx'])
  })
})
