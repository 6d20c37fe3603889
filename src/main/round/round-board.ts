import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type {
  RoundBoard,
  RoundBoardUnit,
  RoundHighlight,
  RoundReturnRow,
  RoundUnitState,
  UnitRoundHistoryRow
} from '../../shared/contract/round'
import { ROUND_UNIT_STATES } from '../../shared/contract/round'
import type { AppContext } from '../app-context'
import { select } from '../store/typed-query'
import { readRound, roundUnits } from './round-queries'

interface ReturnRecord {
  unitId: number
  receivedAt: IsoDate
  outcome: 'received' | 'accepted' | 'returned'
}

/**
 * A unit's state from its returns: the latest one counts (已报/逾期报送 while undecided, 已采纳, 已退回); none is 未报. Whether
 * it reported on time is its first return's arrival against the due date: a unit sent back and
 * resubmitting late still reported on time the first time.
 */
function stateOf(
  returns: readonly ReturnRecord[],
  due: IsoDate
): Pick<RoundBoardUnit, 'state' | 'returnedAt' | 'onTime' | 'returns'> {
  if (returns.length === 0) return { state: 'missing', returnedAt: null, onTime: null, returns: 0 }
  const last = returns[returns.length - 1]
  // Received and not yet decided: 已报, or 逾期报送 when it arrived after the due date.
  const state: RoundUnitState =
    last.outcome === 'received' ? (last.receivedAt <= due ? 'reported' : 'late') : last.outcome
  return {
    state,
    returnedAt: last.receivedAt,
    onTime: returns[0].receivedAt <= due,
    returns: returns.length
  }
}

function returnsByUnit(ctx: AppContext, roundId: number, asOf: IsoDate): Map<number, ReturnRecord[]> {
  const map = new Map<number, ReturnRecord[]>()
  for (const r of select<ReturnRecord>(
    ctx.db,
    'SELECT unit_id AS unitId, received_at AS receivedAt, outcome FROM round_return WHERE round_id = ? AND received_at <= ? ORDER BY id'
  ).all(roundId, asOf)) {
    const list = map.get(r.unitId) ?? []
    list.push(r)
    map.set(r.unitId, list)
  }
  return map
}

/** 报送情况 of a round as of a date: each unit's state, the counts and 按时报送率. */
export function roundBoard(ctx: AppContext, roundId: number, asOf: IsoDate): RoundBoard {
  const round = readRound(ctx.db, roundId)
  const byUnit = returnsByUnit(ctx, roundId, asOf)
  const units: RoundBoardUnit[] = roundUnits(ctx.db, roundId).map((u) => ({
    unitId: u.unitId,
    unit: u.unit,
    items: u.items,
    ...stateOf(byUnit.get(u.unitId) ?? [], round.due)
  }))
  const counts = Object.fromEntries(ROUND_UNIT_STATES.map((s) => [s, 0])) as Record<RoundUnitState, number>
  for (const u of units) counts[u.state]++
  const onTime = units.filter((u) => u.onTime === true).length
  const anyReturn = units.some((u) => u.returns > 0)
  const onTimeRate =
    asOf <= round.due && !anyReturn ? null : units.length === 0 ? null : onTime / units.length
  return { roundId, title: round.title, due: round.due, asOf, units, counts, onTimeRate }
}

export function roundHistory(ctx: AppContext, roundId: number): RoundReturnRow[] {
  readRound(ctx.db, roundId)
  return select<Omit<RoundReturnRow, 'problems'> & { problems: string }>(
    ctx.db,
    `SELECT r.id, r.unit_id AS unitId, u.unit_name AS unit, r.file_name AS fileName, r.checksum, r.received_at AS receivedAt,
        r.outcome, r.problems, r.reason, r.accepted_items AS acceptedItems, r.created_at AS decidedAt
       FROM round_return r JOIN round_unit u ON u.round_id = r.round_id AND u.unit_id = r.unit_id
      WHERE r.round_id = ? ORDER BY r.id`
  )
    .all(roundId)
    .map((r) => ({ ...r, problems: JSON.parse(r.problems) as RoundReturnRow['problems'] }))
}

/** A unit's record across every round it was asked in (late or missing shows here). */
export function unitRoundHistory(ctx: AppContext, unitId: number, asOf: IsoDate): UnitRoundHistoryRow[] {
  const rounds = select<{ roundId: number; title: string; due: IsoDate }>(
    ctx.db,
    `SELECT r.id AS roundId, r.title, r.due FROM round r JOIN round_unit u ON u.round_id = r.id
      WHERE u.unit_id = ? ORDER BY r.as_of DESC, r.id DESC`
  ).all(unitId)
  return rounds.map((r) => {
    const returns = returnsByUnit(ctx, r.roundId, asOf).get(unitId) ?? []
    const s = stateOf(returns, r.due)
    return {
      roundId: r.roundId,
      title: r.title,
      due: r.due,
      state: s.state,
      returnedAt: s.returnedAt,
      onTime: s.onTime
    }
  })
}

/** Accepted 亮点做法 of rounds with this 统计截止日期 (the 简报 of that date may print them). */
export function roundHighlights(ctx: AppContext, asOf: IsoDate): RoundHighlight[] {
  return select<RoundHighlight>(
    ctx.db,
    `SELECT p.id, p.round_id AS roundId, u.unit_name AS unit,
        coalesce(t.title, g.name, '') AS itemTitle, p.highlight AS text
       FROM progress_report p
       JOIN round r ON r.id = p.round_id
       JOIN round_return rr ON rr.id = p.round_return_id
       JOIN round_unit u ON u.round_id = rr.round_id AND u.unit_id = rr.unit_id
       LEFT JOIN task t ON t.id = p.task_id
       LEFT JOIN village_item v ON v.id = p.village_item_id
       LEFT JOIN governance_item g ON g.id = v.item_id
      WHERE r.as_of = ? AND p.highlight <> '' ORDER BY u.seq, p.id`
  ).all(asOf)
}

/**
 * The 报送情况 of a board in one sentence (the 简报 prints it after "报送情况：", the 会议材料包's 报送情况
 * opens with it): who was asked, who reported by `until` and on time, what was accepted and sent back,
 * who is missing (the first ten named), and the 按时报送率 once it means something.
 */
export function reportingSummary(board: RoundBoard, until: IsoDate): string {
  const c = board.counts
  const reported = board.units.length - c.missing
  const onTime = board.units.filter((u) => u.onTime === true).length
  const missing = board.units.filter((u) => u.state === 'missing').map((u) => u.unit)
  const rate =
    board.onTimeRate === null ? '' : `，按时报送率${(Math.round(board.onTimeRate * 1000) / 10).toString()}%`
  return (
    `${board.title}共请${board.units.length}个单位报送，截至${formatChineseDate(until)}已报送${reported}个（按时${onTime}个）` +
    `，已采纳${c.accepted}个，退回修改${c.returned}个${missing.length > 0 ? `，未报送${missing.length}个（${missing.slice(0, 10).join('、')}${missing.length > 10 ? '等' : ''}）` : ''}${rate}。`
  )
}

/**
 * The 简报's 报送情况 sentence for the round(s) with this 统计截止日期 (the latest opened), counting the
 * returns that arrived by `until` (the 简报's date); null when no round speaks for that date.
 */
export function reportingParagraph(ctx: AppContext, asOf: IsoDate, until: IsoDate): string | null {
  const id = select<{ id: number }>(
    ctx.db,
    'SELECT id FROM round WHERE as_of = ? ORDER BY id DESC LIMIT 1'
  ).get(asOf)?.id
  if (id === undefined) return null
  return `报送情况：${reportingSummary(roundBoard(ctx, id, until), until)}`
}

/**
 * The reporting round a meeting on these dates reports on: the one the 简报 of `asOf` speaks of (its
 * 统计截止日期 is `asOf`), else the latest opened by `issuedOn`; null when there is none.
 */
export function latestRoundFor(ctx: AppContext, asOf: IsoDate, issuedOn: IsoDate): number | null {
  return (
    select<{ id: number }>(
      ctx.db,
      `SELECT id FROM round WHERE as_of = @asOf OR opened_on <= @issuedOn
        ORDER BY (as_of = @asOf) DESC, opened_on DESC, id DESC LIMIT 1`
    ).get({ asOf, issuedOn })?.id ?? null
  )
}
