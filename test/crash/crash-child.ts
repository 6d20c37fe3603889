/**
 * The victim of crash-safety.test.ts: opens a data file and runs one operation, printing "go" just
 * before it starts and "done" when it has returned, so the parent can kill it with SIGKILL in between.
 * A fixed clock makes every completed run write exactly the same rows.
 *
 *   node --import tsx test/crash/crash-child.ts import DATA.db LEDGER.xlsx
 *   node --import tsx test/crash/crash-child.ts bulk DATA.db
 *   node --import tsx test/crash/crash-child.ts pack DATA.db OUT-DIR
 *   node --import tsx test/crash/crash-child.ts collect DATA.db RETURNS-DIR [COUNT]
 *
 * `collect` is `round collect` on the data file's round: the returns in the folder are checked (read
 * only) before "go", then accepted one unit after the other. With COUNT, only the first COUNT are
 * accepted: the whole-unit states a kill may leave, which the parent computes this way.
 */
import { readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { openApp } from '../../src/main/bootstrap'
import { selectValue } from '../../src/main/store/typed-query'
import { fixedClock } from '../../src/main/system/clock'
import { silentLogger } from '../../src/main/system/logger'

export const CRASH_CLOCK = '2025-09-30T10:00:00+08:00'
/** The day the returns are collected (`round collect --as-of`). */
const COLLECT_AS_OF = '2025-10-09'

async function main(): Promise<void> {
  // The third argument is the ledger to import, the folder a pack is written into, or the returns folder.
  const [operation, dataFile, ledger, count] = process.argv.slice(2)
  const ctx = await openApp({
    dataFile,
    shell: 'cli',
    log: silentLogger,
    clock: fixedClock(CRASH_CLOCK),
    backupDir: join(dirname(dataFile), 'backups')
  })
  // Each operation loads its own modules (before "go"): a child that loads them all starts slower.
  if (operation === 'import') {
    const { openLedger } = await import('../../src/main/exchange/ledger-file')
    const { commitLedger } = await import('../../src/main/exchange/import-service')
    const file = await openLedger(readFileSync(ledger), basename(ledger), 'tasks')
    process.stdout.write('go\n')
    await commitLedger(ctx, file, { mappings: [], excludedRows: [], asOf: '2025-09-30' })
  } else if (operation === 'bulk') {
    const { bulkUpdateVillageItems } = await import('../../src/main/village/bulk-update')
    const ids = selectValue<number>(
      ctx.db,
      'SELECT id FROM village_item WHERE applicable = 1 ORDER BY id'
    ).all()
    const unit = selectValue<number>(
      ctx.db,
      "SELECT id FROM unit WHERE kind = 'district-government' ORDER BY id"
    ).one()
    process.stdout.write('go\n')
    await bulkUpdateVillageItems(ctx, { ids, deadline: '2025-12-31', responsibleUnitId: unit })
  } else if (operation === 'pack') {
    const { PackJob } = await import('../../src/main/pack/pack-job')
    const { writePack } = await import('../../src/main/pack/pack-writer')
    process.stdout.write('go\n')
    await writePack(
      ctx,
      {
        title: '领导小组会议',
        meetingDate: '2025-09-30',
        asOf: '2025-09-30',
        issuedOn: '2025-09-30',
        briefing: { include: true },
        notices: { include: true, units: 'overdue', reminders: true },
        dueList: { include: true },
        reporting: { include: true },
        bulletin: { include: true, rectifyDays: 30 }
      },
      ledger,
      new PackJob()
    )
  } else if (operation === 'collect') {
    const { acceptSoundReturns, collectReturns } = await import('../../src/main/round/round-service')
    const roundId = selectValue<number>(ctx.db, 'SELECT max(id) FROM round').one()
    const { checked } = await collectReturns(
      ctx,
      roundId,
      [{ path: ledger, ref: '', folder: true }],
      COLLECT_AS_OF
    )
    const chosen = count === undefined ? checked : checked.slice(0, Number(count))
    process.stdout.write('go\n')
    const outcomes = acceptSoundReturns(ctx, roundId, chosen, COLLECT_AS_OF)
    const refused = outcomes.filter((o) => o.outcome !== 'accepted')
    if (refused.length > 0) throw new Error(`refused: ${JSON.stringify(refused)}`)
  } else {
    throw new Error(`unknown operation ${operation}`)
  }
  ctx.db.close()
  process.stdout.write('done\n')
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
})
