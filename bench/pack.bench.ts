/**
 * 会议材料包 (issue 17) at `demo --scale 10`: the pack next to the sum of its parts made one by one (简报
 * exported, 督办通知 issued with the 发文登记表, the 清单 written), in the same run, each from the same copy
 * of the data file. Twice each, alternating, the faster run counted. Aim: the pack ≤ 1.1 × the sum.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createAppContext, type AppContext } from '../src/main/app-context'
import { draftBriefing } from '../src/main/briefing/briefing-draft'
import { exportBriefing } from '../src/main/briefing/briefing-service'
import { listDue } from '../src/main/ledger/due'
import { issueNotices, writeRegisterInto } from '../src/main/notice/notice-service'
import { dueListWorkbook } from '../src/main/pack/due-list-xlsx'
import { PackJob } from '../src/main/pack/pack-job'
import { writePack } from '../src/main/pack/pack-writer'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openDatabase, openMemoryDatabase } from '../src/main/store/open-database'
import { writeSettings } from '../src/main/store/settings-store'
import { writeFileAtomic } from '../src/main/system/atomic-file'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'

const AS_OF = '2025-09-30'

const clock = fixedClock('2025-09-30T16:00:00+08:00')

/** A context on a fresh copy of the generated data file. */
async function contextOn(base: string, copy: string, dir: string): Promise<AppContext> {
  copyFileSync(base, copy)
  const { db } = await openDatabase(copy, { clock, backupDir: dir })
  const ctx = createAppContext({
    db,
    clock,
    log: silentLogger,
    dataFile: ':memory:',
    backupDir: dir,
    shell: 'cli',
    appVersion: 'bench'
  })
  ctx.calendar()
  return ctx
}

/** What the clerk did before: each document from its own page, one after another. */
async function oneByOne(ctx: AppContext, dir: string): Promise<number> {
  const start = performance.now()
  const draft = draftBriefing(ctx, { asOf: AS_OF })
  await exportBriefing(
    ctx,
    {
      asOf: AS_OF,
      issueNo: draft.issueNo,
      issuedOn: AS_OF,
      problems: draft.problems,
      nextSteps: draft.nextSteps
    },
    join(dir, '简报.docx')
  )
  const notices = join(dir, '督办通知')
  mkdirSync(notices)
  await issueNotices(
    ctx,
    { asOf: AS_OF, issuedOn: AS_OF, request: { kind: 'supervision', selection: { mode: 'overdue' } } },
    notices
  )
  await writeRegisterInto(ctx, AS_OF, 2025, notices)
  const book = await dueListWorkbook(listDue(ctx, AS_OF), AS_OF, ctx.settings().officeName)
  writeFileAtomic(join(dir, '清单.xlsx'), book.bytes)
  return performance.now() - start
}

async function pack(ctx: AppContext, dir: string): Promise<{ ms: number; files: number }> {
  const start = performance.now()
  const written = await writePack(
    ctx,
    {
      title: '领导小组会议',
      meetingDate: AS_OF,
      asOf: AS_OF,
      issuedOn: AS_OF,
      briefing: { include: true },
      notices: { include: true, units: 'overdue', reminders: true },
      dueList: { include: true },
      reporting: { include: true },
      bulletin: { include: true, rectifyDays: 30 }
    },
    dir,
    new PackJob()
  )
  return { ms: performance.now() - start, files: written.parts.reduce((n, p) => n + p.files, 0) }
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-pack-'))
  try {
    const db = openMemoryDatabase()
    const stats = generateSampleCity(db, { scale: 10 })
    writeSettings(db, { contactPerson: '王晓明', contactPhone: '0000-12345678' })
    const base = join(dir, 'base.db')
    await db.backup(base)
    db.close()
    process.stdout.write(
      `sample city at scale 10: ${stats.villages} villages, ${stats.villageItems} village items\n`
    )
    const parts: number[] = []
    const packs: number[] = []
    let files = 0
    for (let round = 0; round < 2; round++) {
      const a = await contextOn(base, join(dir, `a-${round}.db`), dir)
      const single = join(dir, `one-by-one-${round}`)
      mkdirSync(single)
      parts.push(await oneByOne(a, single))
      a.db.close()
      const b = await contextOn(base, join(dir, `b-${round}.db`), dir)
      const together = join(dir, `pack-${round}`)
      mkdirSync(together)
      const result = await pack(b, together)
      packs.push(result.ms)
      files = result.files
      b.db.close()
    }
    const sum = Math.min(...parts)
    const whole = Math.min(...packs)
    process.stdout.write(
      `parts one by one (简报 + 督办通知 + 发文登记表 + 清单): ${Math.round(sum)} ms\n` +
        `the pack (the same + 材料目录 + .zip, ${files} files, one snapshot, one commit): ${Math.round(whole)} ms\n` +
        `pack ÷ sum of parts: ${(whole / sum).toFixed(2)}× (aim ≤ 1.10×)\n`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
