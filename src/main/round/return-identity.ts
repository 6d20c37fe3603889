import { createHash } from 'node:crypto'
import type { StoredRoundItem } from './round-queries'
import { KIND_LABEL } from './return-layout'

/** The read-only cells of one row, as written and as expected back (in RETURN_COLUMNS order). */
export function sentCells(item: StoredRoundItem): string[] {
  return [
    String(item.id),
    String(item.seq),
    item.code,
    KIND_LABEL[item.kind],
    item.title,
    item.deadline ?? '长期',
    item.light_label,
    item.last_progress
  ]
}

/**
 * The checksum of what was sent to a unit: round, unit and every row's read-only cells. Stored in the
 * identity sheet; recomputed from the data file when the return comes back, so an edited identity sheet
 * (or a workbook of another data file) does not match.
 */
export function sentChecksum(roundId: number, unitId: number, items: readonly StoredRoundItem[]): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify([roundId, unitId, items.map(sentCells)]))
  return hash.digest('hex')
}
