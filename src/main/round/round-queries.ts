import type { Database } from 'better-sqlite3'
import type { RoundDetail, RoundItemKind, RoundItemRow, RoundSummary } from '../../shared/contract/round'
import { UserError } from '../../shared/errors'
import type { CamelRow, Row } from '../store/rows'
import { select } from '../store/typed-query'

type RoundRecord = CamelRow<
  'round',
  'id' | 'title' | 'as_of' | 'due' | 'opened_on' | 'item_kinds' | 'role' | 'contact' | 'files_written_at'
>

const ROUND_COLUMNS = `r.id, r.title, r.as_of AS asOf, r.due, r.opened_on AS openedOn, r.item_kinds AS itemKinds,
  r.role, r.contact, r.files_written_at AS filesWrittenAt`

export function readRound(db: Database, id: number): RoundRecord {
  const round = select<RoundRecord>(db, `SELECT ${ROUND_COLUMNS} FROM round r WHERE r.id = ?`).get(id)
  if (!round) throw new UserError('not-found', `找不到填报轮次（编号 ${id}），可能已被删除`)
  return round
}

/** What the round asks about (tasks, milestones, village items, 测评问题), as chosen when it opened. */
export function itemKindsOf(round: Pick<RoundRecord, 'itemKinds'>): RoundItemKind[] {
  return JSON.parse(round.itemKinds) as RoundItemKind[]
}

export function listRounds(db: Database): RoundSummary[] {
  return select<RoundSummary>(
    db,
    `SELECT r.id, r.title, r.as_of AS asOf, r.due, r.opened_on AS openedOn, r.files_written_at AS filesWrittenAt,
        (SELECT count(*) FROM round_unit u WHERE u.round_id = r.id) AS units,
        (SELECT count(*) FROM round_item i WHERE i.round_id = r.id) AS items,
        (SELECT count(DISTINCT a.unit_id) FROM round_return a WHERE a.round_id = r.id AND a.outcome = 'accepted'
           AND a.id = (SELECT max(b.id) FROM round_return b WHERE b.round_id = r.id AND b.unit_id = a.unit_id)) AS accepted
       FROM round r ORDER BY r.as_of DESC, r.id DESC`
  ).all()
}

export function roundDetail(db: Database, id: number): RoundDetail {
  const summary = listRounds(db).find((r) => r.id === id)
  const round = readRound(db, id)
  const unitRows = roundUnits(db, id)
  return {
    ...summary!,
    itemKinds: itemKindsOf(round),
    role: round.role,
    unitRows
  }
}

export function roundUnits(db: Database, roundId: number): { unitId: number; unit: string; items: number }[] {
  return select<{ unitId: number; unit: string; items: number }>(
    db,
    `SELECT ru.unit_id AS unitId, ru.unit_name AS unit,
        (SELECT count(*) FROM round_item i WHERE i.round_id = ru.round_id AND i.unit_id = ru.unit_id) AS items
       FROM round_unit ru WHERE ru.round_id = ? ORDER BY ru.seq`
  ).all(roundId)
}

export type StoredRoundItem = Row<'round_item'>

/** A unit's rows of a round, in the order its workbook lists them. */
export function roundItemsOf(db: Database, roundId: number, unitId: number): StoredRoundItem[] {
  return select<StoredRoundItem>(
    db,
    'SELECT * FROM round_item WHERE round_id = ? AND unit_id = ? ORDER BY seq'
  ).all(roundId, unitId)
}

/** The ledger record a round row asks about (null when it was deleted since). */
export function recordIdOf(
  item: Pick<StoredRoundItem, 'task_id' | 'milestone_id' | 'village_item_id' | 'problem_id'>
): number | null {
  return item.task_id ?? item.milestone_id ?? item.village_item_id ?? item.problem_id
}

export function toItemRow(item: StoredRoundItem): RoundItemRow {
  return {
    id: item.id,
    kind: item.kind,
    itemId: recordIdOf(item) ?? 0,
    role: item.role,
    code: item.code,
    title: item.title,
    deadline: item.deadline,
    lightLabel: item.light_label,
    status: item.status,
    percent: item.percent,
    lastProgress: item.last_progress
  }
}
