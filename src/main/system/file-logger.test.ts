import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { fixedClock } from './clock'
import { fileLogger } from './file-logger'

const tempDir = useTempDir()

describe('the rotating log file', () => {
  it('records failures with their stack, one entry per line with its time', () => {
    const dir = tempDir()
    const log = fileLogger({ dir, clock: fixedClock('2025-09-30T10:00:00+08:00') })
    log.error('export failed', new Error('EBUSY: resource busy'))
    log.info('opened', { file: 'civdesk.db' })
    const text = readFileSync(log.path, 'utf8')
    expect(text).toMatch(
      /^2025-09-30T10:00:00\+08:00 ERROR export failed\nError: EBUSY: resource busy\n\s+at /
    )
    expect(text).toContain('INFO  opened {"file":"civdesk.db"}')
  })

  it('rotates by size and keeps a bounded number of files', () => {
    const dir = tempDir()
    const log = fileLogger({ dir, clock: fixedClock('2025-09-30T10:00:00+08:00'), maxBytes: 200, keep: 3 })
    for (let i = 0; i < 60; i++) log.warn(`entry ${i} ${'x'.repeat(40)}`)
    expect(readdirSync(dir).sort()).toEqual([
      'civdesk.1.log',
      'civdesk.2.log',
      'civdesk.3.log',
      'civdesk.log'
    ])
    expect(readFileSync(join(dir, 'civdesk.log'), 'utf8')).toContain('entry 59')
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).length).toBeLessThan(400)
  })
})
