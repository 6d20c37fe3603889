import { describe, expect, it } from 'vitest'
import { PackJob } from '../src/main/pack/pack-job'
import { writePack } from '../src/main/pack/pack-writer'
import { writeSettings } from '../src/main/store/settings-store'
import { UserError } from '../src/shared/errors'
import { sampleCityContext } from './documents-fixture'
import {
  anotherWindowTakesSupervisionNumber,
  listing,
  packOptions,
  registerCounts
} from './meeting-pack-helpers'
import { useTempDir } from './temp-dir'

const tempDir = useTempDir()
const AS_OF = '2025-09-30'

async function refusal(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UserError)
  return error as UserError
}

/** Issue 17: a pack that fails or is cancelled halfway registers nothing and leaves no files. */
describe('a meeting pack that stops halfway', () => {
  it('cancelled while the 督办通知 are written: no folder, no staging folder, nothing registered', async () => {
    const ctx = sampleCityContext()
    const out = tempDir()
    const before = registerCounts(ctx)
    const job = new PackJob()
    const seen: string[] = []
    const poll = setInterval(() => {
      const progress = job.snapshot()
      seen.push(progress.part)
      if (progress.part === '督办通知') job.cancel()
    }, 1)
    const error = await refusal(writePack(ctx, packOptions(AS_OF), out, job))
    clearInterval(poll)
    expect(error.code).toBe('cancelled')
    expect(seen).toContain('工作简报')
    expect(job.snapshot().state).toBe('cancelled')
    expect(listing(out)).toEqual([])
    expect(registerCounts(ctx)).toEqual(before)
  })

  it('failing after every file is written, before the commit: nothing left, nothing registered', async () => {
    const ctx = sampleCityContext()
    const out = tempDir()
    const before = registerCounts(ctx)
    const job = new PackJob()
    await expect(
      writePack(ctx, packOptions(AS_OF), out, job, (moment) => {
        if (moment === 'parts-written') throw new Error('disk full')
      })
    ).rejects.toThrow('disk full')
    expect(job.snapshot().state).toBe('failed')
    expect(listing(out)).toEqual([])
    expect(registerCounts(ctx)).toEqual(before)
  })

  it('refuses the commit when a notice took one of its numbers meanwhile, and keeps nothing of its own', async () => {
    const ctx = sampleCityContext()
    const out = tempDir()
    const error = await refusal(
      writePack(ctx, packOptions(AS_OF), out, new PackJob(), (moment) => {
        if (moment !== 'parts-written') return
        // Another window issues a 督办通知 while the pack is being written.
        anotherWindowTakesSupervisionNumber(ctx, AS_OF)
      })
    )
    expect(error.code).toBe('conflict')
    expect(listing(out)).toEqual([])
    const after = registerCounts(ctx)
    expect([after.briefings, after.notices, after.packs]).toEqual([0, 1, 0])
  })

  it('refuses before writing anything while an office name the documents print is empty', async () => {
    const ctx = sampleCityContext()
    writeSettings(ctx.db, { supervisionPrefix: '', briefingName: '' })
    const out = tempDir()
    const before = registerCounts(ctx)
    const error = await refusal(writePack(ctx, packOptions(AS_OF), out, new PackJob()))
    expect(error.code).toBe('office-missing')
    expect(error.message).toContain('不能生成会议材料')
    expect(error.details).toEqual({ fields: ['briefingName', 'supervisionPrefix'] })
    expect(listing(out)).toEqual([])
    expect(registerCounts(ctx)).toEqual(before)
    // Leaving the 简报 and the notices out, the 清单 and the 目录 need only the office's name.
    await writePack(
      ctx,
      packOptions(AS_OF, {
        briefing: { include: false },
        notices: { include: false, units: 'overdue', reminders: false }
      }),
      out,
      new PackJob()
    )
    expect(listing(out)).toEqual([`${AS_OF} 领导小组会议`, `${AS_OF} 领导小组会议.zip`])
  })
})
