import type { z } from 'zod'
import type { IsoDate } from '../../shared/civil-date'
import type {
  RoundCandidateUnit,
  RoundEntryKind,
  RoundItemKind,
  RoundOpenResult,
  roundContract
} from '../../shared/contract/round'
import type { WorkStatus } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { placeOf } from '../documents/work-items'
import { loadVillageItems } from '../ledger/village-item-queries'
import { writeAudit } from '../store/audit'
import { select } from '../store/typed-query'
import type { Candidate } from './round-candidate'
import { problemCandidates } from './problem-candidates'

export type OpenRoundInput = z.output<(typeof roundContract)['round.open']['input']>

const KIND_ORDER: Record<RoundEntryKind, number> = { task: 0, milestone: 1, 'village-item': 2, problem: 3 }

/**
 * Every item of the chosen kinds with the unit that reports on it: a task's 牵头单位 (and 配合单位 when
 * asked), a village item's 责任单位, a milestone through its task's or village item's units, a 测评问题's
 * 责任单位 (problem-candidates.ts).
 */
function gatherCandidates(
  ctx: AppContext,
  kinds: readonly RoundItemKind[],
  withSupport: boolean,
  asOf: IsoDate
): Candidate[] {
  const db = ctx.db
  const out: Candidate[] = []
  const lastTask = new Map(
    select<{ id: number; text: string }>(
      db,
      `SELECT task_id AS id, text FROM progress_report p WHERE task_id IS NOT NULL
          AND p.id = (SELECT q.id FROM progress_report q WHERE q.task_id = p.task_id ORDER BY q.report_date DESC, q.id DESC LIMIT 1)`
    )
      .all()
      .map((r) => [r.id, r.text])
  )
  const tasks = select<{
    id: number
    code: string | null
    title: string
    startDate: IsoDate | null
    deadline: IsoDate | null
    status: WorkStatus
    percent: number
    completedDate: IsoDate | null
    sortOrder: number
  }>(
    db,
    `SELECT id, code, title, start_date AS startDate, deadline, status, percent, completed_date AS completedDate,
        sort_order AS sortOrder FROM task WHERE deleted_at IS NULL ORDER BY sort_order, id`
  ).all()
  const taskRank = new Map(tasks.map((t, i) => [t.id, i]))
  const taskUnits = select<{ taskId: number; unitId: number; role: 'lead' | 'support' }>(
    db,
    `SELECT tu.task_id AS taskId, tu.unit_id AS unitId, tu.role FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
        WHERE u.deleted_at IS NULL ORDER BY tu.task_id, tu.role, tu.sort_order`
  ).all()
  const unitsOfTask = new Map<number, { unitId: number; role: 'lead' | 'support' }[]>()
  for (const tu of taskUnits) {
    if (tu.role === 'support' && !withSupport) continue
    const list = unitsOfTask.get(tu.taskId) ?? []
    list.push(tu)
    unitsOfTask.set(tu.taskId, list)
  }
  if (kinds.includes('tasks')) {
    for (const t of tasks) {
      for (const u of unitsOfTask.get(t.id) ?? []) {
        out.push({
          kind: 'task',
          recordId: t.id,
          unitId: u.unitId,
          role: u.role,
          code: t.code ?? '',
          title: t.title,
          startDate: t.startDate,
          deadline: t.deadline,
          status: t.status,
          completedDate: t.completedDate,
          percent: t.percent,
          lastProgress: lastTask.get(t.id) ?? '',
          order: taskRank.get(t.id)!
        })
      }
    }
  }
  const villageItems = loadVillageItems(db)
  const villageRank = new Map(villageItems.map((v, i) => [v.id, i]))
  const villageUnit = new Map(
    select<{ id: number; unitId: number | null }>(
      db,
      'SELECT vi.id, vi.responsible_unit_id AS unitId FROM village_item vi LEFT JOIN unit u ON u.id = vi.responsible_unit_id WHERE u.deleted_at IS NULL'
    )
      .all()
      .map((r) => [r.id, r.unitId])
  )
  if (kinds.includes('village-items')) {
    const lastVillage = new Map(
      select<{ id: number; text: string }>(
        db,
        `SELECT village_item_id AS id, text FROM progress_report p WHERE village_item_id IS NOT NULL
            AND p.id = (SELECT q.id FROM progress_report q WHERE q.village_item_id = p.village_item_id ORDER BY q.report_date DESC, q.id DESC LIMIT 1)`
      )
        .all()
        .map((r) => [r.id, r.text])
    )
    for (const v of villageItems) {
      const unitId = villageUnit.get(v.id)
      if (unitId === undefined || unitId === null) continue
      out.push({
        kind: 'village-item',
        recordId: v.id,
        unitId,
        role: 'lead',
        code: `V${v.id}`,
        title: `${placeOf(v)} ${v.itemName}`,
        startDate: null,
        deadline: v.deadline,
        status: v.status,
        completedDate: v.completedDate,
        percent: v.percent,
        lastProgress: lastVillage.get(v.id) ?? '',
        order: villageRank.get(v.id)!
      })
    }
  }
  if (kinds.includes('milestones')) {
    const milestones = select<{
      id: number
      taskId: number | null
      villageItemId: number | null
      seq: number
      title: string
      deadline: IsoDate
      status: 'open' | 'done'
      completedDate: IsoDate | null
    }>(
      db,
      `SELECT id, task_id AS taskId, village_item_id AS villageItemId, seq, title, deadline, status,
          completed_date AS completedDate FROM milestone ORDER BY task_id, village_item_id, seq`
    ).all()
    const taskById = new Map(tasks.map((t) => [t.id, t]))
    const villageById = new Map(villageItems.map((v) => [v.id, v]))
    for (const m of milestones) {
      const base = {
        kind: 'milestone' as const,
        recordId: m.id,
        title: m.title,
        startDate: null,
        deadline: m.deadline,
        status: (m.status === 'done' ? 'done' : 'in-progress') as WorkStatus,
        completedDate: m.completedDate,
        percent: null,
        lastProgress: ''
      }
      if (m.taskId !== null) {
        const task = taskById.get(m.taskId)
        if (!task) continue
        for (const u of unitsOfTask.get(m.taskId) ?? []) {
          out.push({
            ...base,
            unitId: u.unitId,
            role: u.role,
            code: `${task.code ?? `T${task.id}`}-节点${m.seq}`,
            title: `${task.title}：${m.title}`,
            order: taskRank.get(m.taskId)! * 100 + m.seq
          })
        }
      } else if (m.villageItemId !== null) {
        const v = villageById.get(m.villageItemId)
        const unitId = villageUnit.get(m.villageItemId)
        if (!v || unitId === undefined || unitId === null) continue
        out.push({
          ...base,
          unitId,
          role: 'lead',
          code: `V${v.id}-节点${m.seq}`,
          title: `${placeOf(v)} ${v.itemName}：${m.title}`,
          order: villageRank.get(v.id)! * 100 + m.seq
        })
      }
    }
  }
  if (kinds.includes('problems')) out.push(...problemCandidates(ctx, asOf))
  return out
}

function isOpenOn(c: Candidate, asOf: IsoDate): boolean {
  return !(c.status === 'done' && (c.completedDate === null || c.completedDate <= asOf))
}

/** Units that could be asked and their open items, for the 发起填报 dialog. */
export function roundCandidates(
  ctx: AppContext,
  asOf: IsoDate,
  kinds: readonly RoundItemKind[]
): RoundCandidateUnit[] {
  const units = activeUnits(ctx)
  const counts = new Map<number, { lead: number; support: number }>()
  for (const c of gatherCandidates(ctx, kinds, true, asOf)) {
    if (!isOpenOn(c, asOf)) continue
    const n = counts.get(c.unitId) ?? { lead: 0, support: 0 }
    n[c.role] += 1
    counts.set(c.unitId, n)
  }
  return units.map((u) => ({ unitId: u.id, unit: u.name, ...(counts.get(u.id) ?? { lead: 0, support: 0 }) }))
}

function activeUnits(ctx: AppContext): { id: number; name: string }[] {
  return select<{ id: number; name: string }>(
    ctx.db,
    'SELECT id, name FROM unit WHERE deleted_at IS NULL ORDER BY sort_order, name'
  ).all()
}

/**
 * 发起填报: fixes the round's units and rows in one audited transaction. `all` asks every unit about all
 * its items (done ones too, so a unit can correct them); `open` and named units about open items only.
 * A unit with nothing to report on is not asked; a named unit with nothing is refused by name.
 */
export function openRound(ctx: AppContext, input: OpenRoundInput): RoundOpenResult {
  const calendar = ctx.calendar()
  const due =
    input.due.mode === 'date' ? input.due.date : calendar.addWorkdays(input.openedOn, input.due.workdays)
  if (due < input.openedOn) {
    throw new UserError('invalid-input', `报送截止日期（${due}）不能早于发起日期（${input.openedOn}）`)
  }
  const { yellowWindow } = ctx.settings()
  return ctx.db.transaction(() => {
    const units = activeUnits(ctx)
    const unitName = new Map(units.map((u) => [u.id, u.name]))
    const wanted =
      input.units.mode === 'named' ? new Set(input.units.unitIds) : new Set(units.map((u) => u.id))
    if (input.units.mode === 'named') {
      const unknown = input.units.unitIds.filter((id) => !unitName.has(id))
      if (unknown.length > 0)
        throw new UserError('invalid-input', `所选单位不存在或已删除（编号 ${unknown.join('、')}）`)
    }
    const onlyOpen = input.units.mode !== 'all'
    const byUnit = new Map<number, Candidate[]>()
    for (const c of gatherCandidates(ctx, input.itemKinds, input.role === 'also-support', input.asOf)) {
      if (!wanted.has(c.unitId)) continue
      if (onlyOpen && !isOpenOn(c, input.asOf)) continue
      const list = byUnit.get(c.unitId) ?? []
      list.push(c)
      byUnit.set(c.unitId, list)
    }
    if (input.units.mode === 'named') {
      const empty = input.units.unitIds.filter((id) => !byUnit.has(id)).map((id) => unitName.get(id)!)
      if (empty.length > 0) {
        throw new UserError('invalid-input', `以下单位没有需要填报的事项：${empty.join('、')}`)
      }
    }
    const asked = units.filter((u) => byUnit.has(u.id))
    if (asked.length === 0) throw new UserError('invalid-input', '所选范围内没有需要填报的事项，未发起填报')

    const now = ctx.clock.now()
    const roundId = Number(
      ctx.db
        .prepare(
          `INSERT INTO round (title, as_of, opened_on, due, item_kinds, role, contact, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          input.title,
          input.asOf,
          input.openedOn,
          due,
          JSON.stringify(input.itemKinds),
          input.role,
          input.contact,
          now
        ).lastInsertRowid
    )
    const insertUnit = ctx.db.prepare(
      'INSERT INTO round_unit (round_id, unit_id, unit_name, seq) VALUES (?, ?, ?, ?)'
    )
    const insertItem = ctx.db.prepare(
      `INSERT INTO round_item (round_id, unit_id, seq, kind, task_id, milestone_id, village_item_id, problem_id, role,
          code, title, start_date, deadline, light_label, status, percent, last_progress)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    let items = 0
    const result: RoundOpenResult['units'] = []
    asked.forEach((unit, index) => {
      insertUnit.run(roundId, unit.id, unit.name, index + 1)
      const rows = byUnit
        .get(unit.id)!
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order)
      rows.forEach((c, seq) => {
        const light = lightOf(c, input.asOf, calendar, yellowWindow)
        insertItem.run(
          roundId,
          unit.id,
          seq + 1,
          c.kind,
          c.kind === 'task' ? c.recordId : null,
          c.kind === 'milestone' ? c.recordId : null,
          c.kind === 'village-item' ? c.recordId : null,
          c.kind === 'problem' ? c.recordId : null,
          c.role,
          c.code,
          c.title.slice(0, 600),
          c.startDate,
          c.deadline,
          light.label,
          c.status,
          c.percent,
          c.lastProgress
        )
      })
      items += rows.length
      result.push({ unitId: unit.id, unit: unit.name, items: rows.length })
    })
    writeAudit(ctx.db, ctx.clock, {
      entity: 'round',
      entityId: roundId,
      action: 'create',
      summary: `发起填报“${input.title}”：${asked.length}个单位，${items}项，${due}前报送`,
      after: { title: input.title, asOf: input.asOf, due, units: asked.length, items }
    })
    return { id: roundId, due, units: result, items }
  })()
}
