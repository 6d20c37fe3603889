import { createHash } from 'node:crypto'
import type { IsoDate } from '../../shared/civil-date'
import type { ReturnChange, ReturnCheck, ReturnProblem } from '../../shared/contract/round'
import { WORK_STATUS_LABEL } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { select, selectValue } from '../store/typed-query'
import { readRound, recordIdOf, roundItemsOf, type StoredRoundItem } from './round-queries'
import { sentChecksum } from './return-identity'
import { FILL_LABEL } from './return-layout'
import { isFilled, openReturn, readReturnRows, type ReturnedRow } from './return-read'
import type { ReturnFile } from './return-sources'

/** A checked file with what accepting it would apply. */
export interface CheckedReturn {
  check: ReturnCheck
  rows: ReturnedRow[]
  modified: Date | null
}

export function checksumOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

interface CurrentRecord {
  status: string
  percent: number | null
  completedDate: IsoDate | null
}

/** The ledger record's values now (status, percent, 办结日期), for old → new. */
function currentOf(ctx: AppContext, item: StoredRoundItem): CurrentRecord | null {
  if (item.task_id !== null)
    return (
      select<CurrentRecord>(
        ctx.db,
        'SELECT status, percent, completed_date AS completedDate FROM task WHERE id = ?'
      ).get(item.task_id) ?? null
    )
  if (item.village_item_id !== null)
    return (
      select<CurrentRecord>(
        ctx.db,
        'SELECT status, percent, completed_date AS completedDate FROM village_item WHERE id = ?'
      ).get(item.village_item_id) ?? null
    )
  if (item.milestone_id !== null)
    return (
      select<CurrentRecord>(
        ctx.db,
        "SELECT CASE status WHEN 'done' THEN 'done' ELSE 'in-progress' END AS status, NULL AS percent, completed_date AS completedDate FROM milestone WHERE id = ?"
      ).get(item.milestone_id) ?? null
    )
  if (item.problem_id !== null)
    return (
      select<CurrentRecord>(
        ctx.db,
        // A problem reads as 推进中 while 整改中 and as 已办结 once its 销号 was asked for (or granted).
        `SELECT CASE WHEN state IN ('requested', 'closed') THEN 'done' ELSE 'in-progress' END AS status,
            NULL AS percent, closed_on AS completedDate FROM assessment_problem WHERE id = ?`
      ).get(item.problem_id) ?? null
    )
  return null
}

function changeOf(ctx: AppContext, row: ReturnedRow): ReturnChange {
  const cur = currentOf(ctx, row.item)
  const fields: ReturnChange['fields'] = []
  const push = (field: keyof typeof FILL_LABEL, old: string, now: string | null) => {
    if (now !== null && now !== old) fields.push({ field, label: FILL_LABEL[field], old, new: now })
  }
  push('progress', row.item.last_progress, row.progress)
  push('problems', '', row.problems)
  push('nextSteps', '', row.nextSteps)
  push(
    'status',
    cur ? (WORK_STATUS_LABEL[cur.status as keyof typeof WORK_STATUS_LABEL] ?? '') : '',
    row.status === null ? null : WORK_STATUS_LABEL[row.status]
  )
  push(
    'percent',
    cur?.percent === null || cur === null ? '' : String(cur.percent),
    row.percent === null ? null : String(row.percent)
  )
  push('completedDate', cur?.completedDate ?? '', row.completedDate)
  push('evidence', '', row.evidence)
  // A 测评问题 has no 完成百分比: it is 整改中 until the unit asks for 销号.
  const expected =
    row.item.kind === 'problem'
      ? (['progress', 'status'] as const)
      : (['progress', 'status', 'percent'] as const)
  const empty = expected.filter((f) => row[f] === null).map((f) => FILL_LABEL[f])
  return {
    roundItemId: row.item.id,
    itemId: recordIdOf(row.item) ?? 0,
    kind: row.item.kind,
    code: row.item.code,
    title: row.item.title,
    row: row.row,
    fields,
    empty,
    highlight: row.highlight ?? ''
  }
}

/**
 * Checks one file against the round: is it a 填报表, of this round, of a unit of this round, with its
 * identity intact, and its rows (return-read.ts). Nothing is written.
 */
export async function checkReturn(
  ctx: AppContext,
  roundId: number,
  file: ReturnFile,
  asOf: IsoDate
): Promise<CheckedReturn> {
  const checksum = checksumOf(file.bytes)
  const base: ReturnCheck = {
    source: { ref: '', ...(file.entry === undefined ? {} : { entry: file.entry }) },
    name: file.name,
    checksum,
    roundId: null,
    unitId: null,
    unit: null,
    verdict: 'refused',
    changes: [],
    emptyRows: 0,
    problems: [],
    duplicate: null,
    alreadyAccepted: false
  }
  const refuse = (message: string, extra: Partial<ReturnCheck> = {}): CheckedReturn => ({
    check: {
      ...base,
      ...extra,
      problems: [{ sheet: null, row: null, column: null, message: `“${file.name}”${message}` }]
    },
    rows: [],
    modified: null
  })
  let opened
  try {
    opened = await openReturn(file.bytes, file.name)
  } catch (error) {
    if (error instanceof UserError)
      return {
        check: { ...base, problems: [{ sheet: null, row: null, column: null, message: error.message }] },
        rows: [],
        modified: null
      }
    throw error
  }
  if (opened.identity === null) return refuse(opened.notReturn ?? '不是填报表')
  const id = opened.identity
  if (id.roundId !== roundId) {
    const other = selectValue<string>(ctx.db, 'SELECT title FROM round WHERE id = ?').get(id.roundId)
    return refuse(`属于另一轮填报（${other ?? id.title}），不是本轮的填报表，未收取`, { roundId: id.roundId })
  }
  const round = readRound(ctx.db, roundId)
  const unit = select<{ unitName: string }>(
    ctx.db,
    'SELECT unit_name AS unitName FROM round_unit WHERE round_id = ? AND unit_id = ?'
  ).get(roundId, id.unitId)
  if (!unit) return refuse(`所属单位（${id.unitName}）不在本轮填报范围内，未收取`, { roundId })
  const ident = { roundId, unitId: id.unitId, unit: unit.unitName }
  const items = roundItemsOf(ctx.db, roundId, id.unitId)
  if (sentChecksum(roundId, id.unitId, items) !== id.checksum) {
    return refuse(
      `的识别信息与本办下发的不一致（工作表“civdesk_identity”被修改，或来自其他数据文件），未收取`,
      ident
    )
  }
  const { rows, problems } = readReturnRows(opened.workbook, items, round.asOf < asOf ? round.asOf : asOf)
  const alreadyAccepted =
    selectValue<number>(
      ctx.db,
      "SELECT count(*) FROM round_return WHERE round_id = ? AND unit_id = ? AND checksum = ? AND outcome = 'accepted'"
    ).one(roundId, id.unitId, checksum) > 0
  const all: ReturnProblem[] = problems.map((p) => ({ ...p, message: p.message }))
  if (alreadyAccepted)
    all.unshift({ sheet: null, row: null, column: null, message: `“${file.name}”此前已采纳，不能重复采纳` })
  const filled = rows.filter(isFilled)
  if (all.length === 0 && filled.length === 0)
    all.push({ sheet: null, row: null, column: null, message: `“${file.name}”没有填写任何内容` })
  return {
    check: {
      ...base,
      ...ident,
      verdict: all.length === 0 ? 'ok' : 'refused',
      changes: filled.map((r) => changeOf(ctx, r)),
      emptyRows: rows.length - filled.length,
      problems: all,
      alreadyAccepted
    },
    rows,
    modified: opened.modified
  }
}

/** Differences between two returns of one unit, row by row, in words. */
function differences(a: CheckedReturn, b: CheckedReturn): string[] {
  const out: string[] = []
  const byId = new Map(b.rows.map((r) => [r.item.id, r]))
  for (const ra of a.rows) {
    const rb = byId.get(ra.item.id)
    if (!rb) continue
    for (const f of [
      'progress',
      'problems',
      'nextSteps',
      'status',
      'percent',
      'completedDate',
      'evidence',
      'highlight'
    ] as const) {
      const va = ra[f] === null ? '' : String(ra[f])
      const vb = rb[f] === null ? '' : String(rb[f])
      if (va !== vb)
        out.push(
          `${ra.item.code}“${ra.item.title.slice(0, 20)}”${FILL_LABEL[f]}：“${vb.slice(0, 30)}”→“${va.slice(0, 30)}”`
        )
    }
  }
  return out.slice(0, 50)
}

/**
 * Marks second returns from the same unit in one batch: a sound file stands over a refused one, then the
 * workbook saved last, then the later in the batch; each shows what differs from the other. A return already accepted
 * for the unit is named too: accepting a newer one adds to the history, it does not erase the earlier one.
 */
export function markDuplicates(ctx: AppContext, roundId: number, checked: CheckedReturn[]): void {
  const byUnit = new Map<number, CheckedReturn[]>()
  for (const c of checked) {
    if (c.check.unitId === null || c.check.roundId !== roundId) continue
    const list = byUnit.get(c.check.unitId) ?? []
    list.push(c)
    byUnit.set(c.check.unitId, list)
  }
  for (const [unitId, list] of byUnit) {
    if (list.length > 1) {
      // A sound file stands over a refused one; among equals the one saved last (then the later in the batch).
      const rank = (c: CheckedReturn) => (c.check.verdict === 'ok' ? 1 : 0)
      const order = [...list].sort(
        (a, b) => rank(a) - rank(b) || (a.modified?.getTime() ?? 0) - (b.modified?.getTime() ?? 0)
      )
      const standing = order[order.length - 1]
      for (const c of list) {
        const other = c === standing ? order[order.length - 2] : standing
        c.check.duplicate = {
          otherName: other.check.name,
          differences: differences(c, other),
          stands: c === standing ? 'this' : 'other'
        }
        if (c !== standing && c.check.verdict === 'ok') {
          c.check.verdict = 'refused'
          c.check.problems.push({
            sheet: null,
            row: null,
            column: null,
            message: `同一单位的第二份报送，以“${standing.check.name}”为准，本文件未收取`
          })
        }
      }
      continue
    }
    const previous = select<{ fileName: string; checksum: string }>(
      ctx.db,
      "SELECT file_name AS fileName, checksum FROM round_return WHERE round_id = ? AND unit_id = ? AND outcome = 'accepted' ORDER BY id DESC LIMIT 1"
    ).get(roundId, unitId)
    const only = list[0]
    if (previous && previous.checksum !== only.check.checksum) {
      only.check.duplicate = {
        otherName: previous.fileName,
        differences: ['此前已采纳该单位的一份报送；采纳本文件将按本文件更新，原记录保留在历史中'],
        stands: 'this'
      }
    }
  }
}
