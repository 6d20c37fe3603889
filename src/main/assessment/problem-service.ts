import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import {
  PROBLEM_STATE_LABEL,
  scoringRuleSchema,
  type ProblemRow,
  type ProblemState
} from '../../shared/contract/assessment'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { writeAudits, type AuditEntry } from '../store/audit'
import type { Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import { areaSubtreeIds } from '../area/area-subtree'
import { areaPaths, districtAndTown, loadAreas } from './area-paths'
import { entryDeduction, round2 } from './scoring/rules'

type ProblemRecord = {
  id: number
  roundId: number
  round: string
  pointId: number
  point: string
  pointType: string
  areaId: number
  criterion: string
  criterionCode: string
  description: string
  location: string
  photos: string
  foundBy: string
  foundOn: IsoDate | null
  deduction: number | null
  isRepeat: 0 | 1
  unitId: number | null
  unit: string | null
  assignedOn: IsoDate | null
  deadline: IsoDate | null
  state: ProblemState
  rectification: string
  closedOn: IsoDate | null
  passed: 0 | 1 | null
  score: number | null
  value: number | null
  rule: string | null
  max: number | null
  multiplier: number
}

const SELECT = `SELECT q.id, f.round_id AS roundId, r.name AS round, p.id AS pointId, p.name AS point,
    p.type AS pointType, p.area_id AS areaId, n.name AS criterion, n.code AS criterionCode, f.description,
    f.location, f.photos, f.found_by AS foundBy, f.found_on AS foundOn, f.deduction, f.is_repeat AS isRepeat,
    q.unit_id AS unitId, u.name AS unit, q.assigned_on AS assignedOn, q.deadline, q.state, q.rectification,
    q.closed_on AS closedOn, f.passed, f.score, f.value, n.rule, n.max_score AS max, s.repeat_multiplier AS multiplier
  FROM assessment_problem q
  JOIN assessment_finding f ON f.id = q.finding_id
  JOIN assessment_round r ON r.id = f.round_id
  JOIN assessment_point p ON p.id = f.point_id
  JOIN assessment_node n ON n.id = f.criterion_id
  JOIN assessment_scheme s ON s.id = n.scheme_id
  LEFT JOIN unit u ON u.id = q.unit_id`

const ACTION_LABEL: Record<Row<'assessment_problem_event'>['action'], string> = {
  found: '发现',
  assign: '交办',
  progress: '整改进展',
  request: '申请销号',
  approve: '复核通过，销号',
  return: '复核退回'
}

export interface ProblemFilter {
  roundId?: number
  areaId?: number
  unitId?: number
  state?: ProblemState
  ids?: readonly number[]
}

/** The problem list with each problem's light on the working-day calendar as of `asOf`, like tasks. */
export function listProblems(ctx: AppContext, asOf: IsoDate, filter: ProblemFilter = {}): ProblemRow[] {
  const { db } = ctx
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (filter.roundId !== undefined) {
    where.push('f.round_id = @roundId')
    params.roundId = filter.roundId
  }
  if (filter.unitId !== undefined) {
    where.push('q.unit_id = @unitId')
    params.unitId = filter.unitId
  }
  if (filter.state !== undefined) {
    where.push('q.state = @state')
    params.state = filter.state
  }
  if (filter.areaId !== undefined) {
    where.push(`p.area_id IN (SELECT value FROM json_each(@areas))`)
    params.areas = JSON.stringify(areaSubtreeIds(db, filter.areaId))
  }
  if (filter.ids !== undefined) {
    where.push(`q.id IN (SELECT value FROM json_each(@ids))`)
    params.ids = JSON.stringify(filter.ids)
  }
  const records = select<ProblemRecord>(
    db,
    `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.year, r.quarter, p.area_id, p.name, q.id`
  ).all(params)
  const areas = loadAreas(db)
  const byId = new Map(areas.map((a) => [a.id, a]))
  const paths = areaPaths(db, areas)
  const history = eventsOf(
    db,
    records.map((r) => r.id)
  )
  const calendar = ctx.calendar()
  const yellow = ctx.settings().yellowWindow
  return records.map((r) => {
    const closed = r.state === 'closed' && r.closedOn !== null && r.closedOn <= asOf
    const light =
      r.state === 'pending'
        ? null
        : lightOf(
            {
              deadline: r.deadline,
              status: closed ? 'done' : 'open',
              completedDate: closed ? r.closedOn : null
            },
            asOf,
            calendar,
            yellow
          )
    return {
      id: r.id,
      roundId: r.roundId,
      round: r.round,
      pointId: r.pointId,
      point: r.point,
      pointType: r.pointType,
      areaId: r.areaId,
      ...districtAndTown(byId, r.areaId),
      areaPath: paths.get(r.areaId) ?? '',
      criterion: `${r.criterionCode} ${r.criterion}`,
      description: r.description,
      location: r.location,
      photos: parsePhotos(r.photos),
      foundBy: r.foundBy,
      foundOn: r.foundOn,
      deduction: deductionOf(r),
      repeat: r.isRepeat === 1,
      unitId: r.unitId,
      unit: r.unit,
      assignedOn: r.assignedOn,
      deadline: r.deadline,
      state: r.state,
      stateLabel: PROBLEM_STATE_LABEL[r.state],
      rectification: r.rectification,
      closedOn: r.closedOn,
      light,
      overdue: !closed && r.deadline !== null && r.deadline < asOf,
      history: history.get(r.id) ?? []
    }
  })
}

/** What the problem cost its criterion, by the scheme's rule (the figure the drill-down shows). */
function deductionOf(r: ProblemRecord): number {
  if (r.rule === null || r.max === null) return r.deduction ?? 0
  const entry = {
    passed: r.passed === null ? null : r.passed === 1,
    deduction: r.deduction,
    score: r.score,
    value: r.value,
    repeat: r.isRepeat === 1
  }
  return round2(
    Math.min(r.max, entryDeduction(scoringRuleSchema.parse(JSON.parse(r.rule)), r.max, entry, r.multiplier))
  )
}

function parsePhotos(text: string): string[] {
  const v: unknown = JSON.parse(text)
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function eventsOf(db: Database, ids: readonly number[]): Map<number, ProblemRow['history']> {
  const out = new Map<number, ProblemRow['history']>()
  if (ids.length === 0) return out
  const rows = select<Row<'assessment_problem_event'> & { round: string | null; file: string | null }>(
    db,
    `SELECT e.*, r.title AS round, rr.file_name AS file FROM assessment_problem_event e
       LEFT JOIN round_return rr ON rr.id = e.round_return_id
       LEFT JOIN round r ON r.id = rr.round_id
      WHERE e.problem_id IN (SELECT value FROM json_each(?)) ORDER BY e.id`
  ).all(JSON.stringify(ids))
  for (const e of rows) {
    const list = out.get(e.problem_id) ?? []
    const source = e.round === null ? null : `${e.round}${e.file ? ` · ${e.file}` : ''}`
    list.push({ at: e.on_date, action: ACTION_LABEL[e.action], note: e.note, source })
    out.set(e.problem_id, list)
  }
  return out
}

function problemRows(db: Database, ids: readonly number[]): Row<'assessment_problem'>[] {
  const rows = select<Row<'assessment_problem'>>(
    db,
    'SELECT * FROM assessment_problem WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'
  ).all(JSON.stringify(ids))
  if (rows.length !== new Set(ids).size)
    throw new UserError('not-found', '所选问题中有的已不存在，请刷新问题清单后重试。')
  return rows
}

/** One step of a problem's life; `returnId` when it came from a unit's 填报表 (round-accept-problem.ts). */
export function addEvent(
  db: Database,
  at: string,
  problemId: number,
  on: IsoDate,
  action: Row<'assessment_problem_event'>['action'],
  note: string,
  returnId: number | null = null
): void {
  db.prepare(
    `INSERT INTO assessment_problem_event (problem_id, at, on_date, action, note, round_return_id)
       VALUES (?, ?, ?, ?, ?, ?)`
  ).run(problemId, at, on, action, note, returnId)
}

/** 交办 (one or many): to a unit, with a 整改时限 given as a date or as N working days from the 交办 date. */
export function assignProblems(
  ctx: AppContext,
  input: {
    ids: number[]
    unitId: number
    assignedOn: IsoDate
    deadline?: IsoDate
    workdays?: number
    asOf: IsoDate
  }
): ProblemRow[] {
  const { db } = ctx
  const unit = selectValue<string>(db, 'SELECT name FROM unit WHERE id = ? AND deleted_at IS NULL').get(
    input.unitId
  )
  if (unit === undefined) throw new UserError('not-found', '所选责任单位不存在或已删除，请重新选择。')
  const deadline = input.deadline ?? ctx.calendar().addWorkdays(input.assignedOn, input.workdays ?? 0)
  if (deadline < input.assignedOn)
    throw new UserError('invalid-input', `整改时限（${deadline}）不能早于交办日期（${input.assignedOn}）。`)
  db.transaction(() => {
    const rows = problemRows(db, input.ids)
    const closed = rows.filter((r) => r.state === 'closed' || r.state === 'requested')
    if (closed.length > 0)
      throw new UserError(
        'conflict',
        `所选问题中有${closed.length}个已申请销号或已销号，不能再交办（问题编号 ${closed.map((r) => r.id).join('、')}）。`
      )
    const at = ctx.clock.now()
    const update = db.prepare(
      `UPDATE assessment_problem SET unit_id = ?, assigned_on = ?, deadline = ?, state = 'rectifying', updated_at = ?
        WHERE id = ?`
    )
    const audits: AuditEntry[] = []
    for (const r of rows) {
      update.run(input.unitId, input.assignedOn, deadline, at, r.id)
      const note = `交办${unit}，整改时限${deadline}`
      addEvent(db, at, r.id, input.assignedOn, 'assign', note)
      audits.push({
        entity: 'assessment_problem',
        entityId: r.id,
        action: 'update',
        summary: `测评问题${r.id}：${note}`,
        before: { unitId: r.unit_id, deadline: r.deadline, state: r.state },
        after: { unitId: input.unitId, deadline, state: 'rectifying' }
      })
    }
    writeAudits(db, ctx.clock, audits)
  })()
  return listProblems(ctx, input.asOf, { ids: input.ids })
}

export interface Transition {
  action: 'request' | 'approve' | 'return'
  ids: number[]
  on: IsoDate
  /** request: the unit's 整改说明. */
  rectification?: string
  /** return: why the review sent it back. */
  reason?: string
  asOf: IsoDate
}

const FROM: Record<Transition['action'], ProblemState> = {
  request: 'rectifying',
  approve: 'requested',
  return: 'requested'
}
const TO: Record<Transition['action'], ProblemState> = {
  request: 'requested',
  approve: 'closed',
  return: 'rectifying'
}

/** 申请销号 (整改中 → 申请销号, with the unit's 整改说明), 复核 通过 (→ 已销号) or 退回 (→ 整改中). */
export function transitionProblems(ctx: AppContext, t: Transition): ProblemRow[] {
  const { db } = ctx
  db.transaction(() => {
    const rows = problemRows(db, t.ids)
    const wrong = rows.filter((r) => r.state !== FROM[t.action])
    if (wrong.length > 0)
      throw new UserError(
        'conflict',
        `${ACTION_LABEL[t.action]}只适用于“${PROBLEM_STATE_LABEL[FROM[t.action]]}”的问题；所选问题中` +
          wrong.map((r) => `问题${r.id}为“${PROBLEM_STATE_LABEL[r.state]}”`).join('、') +
          '。'
      )
    const at = ctx.clock.now()
    const audits: AuditEntry[] = []
    for (const r of rows) {
      const note = (t.action === 'request' ? t.rectification : t.action === 'return' ? t.reason : '') ?? ''
      db.prepare(
        `UPDATE assessment_problem SET state = ?, closed_on = ?, updated_at = ?,
                rectification = CASE WHEN ? = 'request' THEN ? ELSE rectification END WHERE id = ?`
      ).run(TO[t.action], t.action === 'approve' ? t.on : null, at, t.action, note, r.id)
      addEvent(db, at, r.id, t.on, t.action, note)
      audits.push({
        entity: 'assessment_problem',
        entityId: r.id,
        action: 'update',
        summary: `测评问题${r.id}：${ACTION_LABEL[t.action]}${note ? `（${note.slice(0, 60)}）` : ''}`,
        before: { state: r.state },
        after: { state: TO[t.action], on: t.on }
      })
    }
    writeAudits(db, ctx.clock, audits)
  })()
  return listProblems(ctx, t.asOf, { ids: t.ids })
}
