import type { IsoDate } from '../../shared/civil-date'
import type { CollectPreview } from '../../shared/contract/round'
import type { AppContext } from '../app-context'
import { writeAudits, type AuditEntry } from '../store/audit'
import { selectValue } from '../store/typed-query'
import type { CheckedReturn } from './round-collect'

/**
 * 收取: records each checked file that names a unit of this round as a received return (problems kept),
 * so the board shows the unit as 已报 or 逾期报送 from the day it arrived, before the clerk decides. A file
 * recorded before (same unit, same bytes) is not recorded again. One audit row per file recorded.
 */
export function receiveReturns(
  ctx: AppContext,
  roundId: number,
  checked: readonly CheckedReturn[],
  asOf: IsoDate
): CollectPreview {
  ctx.db.transaction(() => {
    const insert = ctx.db.prepare(
      `INSERT OR IGNORE INTO round_return (round_id, unit_id, file_name, checksum, received_at, outcome, problems, created_at)
       VALUES (?, ?, ?, ?, ?, 'received', ?, ?)`
    )
    const audits: AuditEntry[] = []
    for (const { check } of checked) {
      if (check.roundId !== roundId || check.unitId === null || check.alreadyAccepted) continue
      const result = insert.run(
        roundId,
        check.unitId,
        check.name.slice(0, 300),
        check.checksum,
        asOf,
        JSON.stringify(check.problems),
        ctx.clock.now()
      )
      if (result.changes === 0) continue
      audits.push({
        entity: 'round',
        entityId: roundId,
        action: 'import',
        summary: `收到${check.unit}报送的填报表“${check.name.slice(0, 60)}”${check.verdict === 'ok' ? '' : `（${check.problems.length}个问题）`}`,
        after: { unit: check.unit, file: check.name, problems: check.problems.length }
      })
    }
    writeAudits(ctx.db, ctx.clock, audits)
  })()
  return { roundId, files: checked.map((c) => c.check) }
}

/** The day a file first arrived (its receipt), or the given day when it was never recorded as received. */
export function receivedOn(
  ctx: AppContext,
  roundId: number,
  unitId: number,
  checksum: string | null,
  fallback: IsoDate
): IsoDate {
  if (checksum === null) return fallback
  return (
    selectValue<IsoDate | null>(
      ctx.db,
      "SELECT min(received_at) FROM round_return WHERE round_id = ? AND unit_id = ? AND checksum = ? AND outcome = 'received'"
    ).one(roundId, unitId, checksum) ?? fallback
  )
}
