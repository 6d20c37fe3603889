/**
 * Documents (issue 5): the 工作简报 on `demo --scale 10` (1,080 urban villages, about 17,000 village items)
 * and 200 督办通知 written and registered. Prints the figures; never fails a build.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../src/main/app-context'
import { briefingDocument, exportBriefing } from '../src/main/briefing/briefing-service'
import { draftBriefing } from '../src/main/briefing/briefing-draft'
import { issueNotices } from '../src/main/notice/notice-service'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { writeSettings } from '../src/main/store/settings-store'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { addDays } from '../src/shared/civil-date'

const ms = (start: number): string => `${Math.round(performance.now() - start)} ms`

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-documents-'))
  try {
    const db = openMemoryDatabase()
    let t = performance.now()
    const stats = generateSampleCity(db, { scale: 10 })
    writeSettings(db, { contactPerson: '王晓明', contactPhone: '0000-12345678' })
    process.stdout.write(
      `sample city at scale 10: ${stats.villages} villages, ${stats.villageItems} village items (${ms(t)})\n`
    )
    const ctx = createAppContext({
      db,
      clock: fixedClock('2025-09-30T16:00:00+08:00'),
      log: silentLogger,
      dataFile: ':memory:',
      backupDir: dir,
      shell: 'cli',
      appVersion: 'bench'
    })
    ctx.calendar()

    t = performance.now()
    const draft = draftBriefing(ctx, { asOf: '2025-09-30' })
    process.stdout.write(`briefing figures and preview: ${ms(t)}\n`)
    t = performance.now()
    const { bytes } = await briefingDocument(ctx, {
      asOf: '2025-09-30',
      issueNo: 1,
      issuedOn: '2025-09-30',
      problems: draft.problems,
      nextSteps: draft.nextSteps
    })
    process.stdout.write(
      `briefing .docx built (chart included, ${draft.due.length} rows in the 附件): ${ms(t)}, ${Math.round(bytes.length / 1024)} KB\n`
    )
    t = performance.now()
    await exportBriefing(
      ctx,
      {
        asOf: '2025-09-30',
        issueNo: 1,
        issuedOn: '2025-09-30',
        problems: draft.problems,
        nextSteps: draft.nextSteps
      },
      join(dir, 'briefing.docx')
    )
    process.stdout.write(`briefing exported and recorded (what 生成简报 does): ${ms(t)}\n`)

    // 200 督办通知: one batch per week for everything overdue, until 200 are written and registered.
    t = performance.now()
    let written = 0
    let batches = 0
    for (let date = '2025-09-01'; written < 200; date = addDays(date, 7)) {
      const { notices } = await issueNotices(
        ctx,
        { asOf: date, issuedOn: date, request: { kind: 'supervision', selection: { mode: 'overdue' } } },
        dir
      )
      written += notices.length
      batches++
    }
    const elapsed = performance.now() - t
    process.stdout.write(
      `${written} 督办通知 written and registered in ${batches} batches: ${Math.round(elapsed)} ms (${Math.round(elapsed / written)} ms each)\n`
    )
    db.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
