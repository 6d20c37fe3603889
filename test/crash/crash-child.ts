/**
 * The victim of crash-safety.test.ts: opens a data file and runs one operation, printing "go" just
 * before it starts and "done" when it has returned, so the parent can kill it with SIGKILL in between.
 * A fixed clock makes every completed run write exactly the same rows.
 *
 *   node --import tsx test/crash/crash-child.ts import DATA.db LEDGER.xlsx
 *   node --import tsx test/crash/crash-child.ts bulk DATA.db
 *   node --import tsx test/crash/crash-child.ts pack DATA.db OUT-DIR
 */
import { readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { openApp } from '../../src/main/bootstrap'
import { commitLedger } from '../../src/main/exchange/import-service'
import { openLedger } from '../../src/main/exchange/ledger-file'
import { selectValue } from '../../src/main/store/typed-query'
import { fixedClock } from '../../src/main/system/clock'
import { silentLogger } from '../../src/main/system/logger'
import { bulkUpdateVillageItems } from '../../src/main/village/bulk-update'
import { PackJob } from '../../src/main/pack/pack-job'
import { writePack } from '../../src/main/pack/pack-writer'

export const CRASH_CLOCK = '2025-09-30T10:00:00+08:00'

async function main(): Promise<void> {
  // The third argument is the ledger to import, or the folder a pack is written into.
  const [operation, dataFile, ledger] = process.argv.slice(2)
  const ctx = await openApp({
    dataFile,
    shell: 'cli',
    log: silentLogger,
    clock: fixedClock(CRASH_CLOCK),
    backupDir: join(dirname(dataFile), 'backups')
  })
  if (operation === 'import') {
    const file = await openLedger(readFileSync(ledger), basename(ledger), 'tasks')
    process.stdout.write('go\n')
    await commitLedger(ctx, file, { mappings: [], excludedRows: [], asOf: '2025-09-30' })
  } else if (operation === 'bulk') {
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
