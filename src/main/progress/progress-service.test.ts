import { beforeEach, describe, expect, it } from 'vitest'
import type { ProgressInput } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { select, selectValue } from '../store/typed-query'
import { listTasks } from '../task/task-list'
import { deleteTasks } from '../task/task-service'
import { auditSince, lastAuditId, sampleTaskContext, taskIdByCode } from '../task/test-context'
import { addProgress, listProgress } from './progress-service'
import { readProgressTarget } from './progress-target'
import { openRound } from '../round/round-open'

const AS_OF = '2025-09-30'
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

const report = (target: ProgressInput['target'], fields: Partial<ProgressInput> = {}): ProgressInput => ({
  target,
  date: AS_OF,
  text: '完成消防设施安装，正在组织验收',
  percent: null,
  problems: '',
  nextSteps: '',
  markDone: false,
  ...fields
})
const task = (code: string) => ({ kind: 'task' as const, id: taskIdByCode(ctx, code) })
const row = (code: string) => listTasks(ctx, AS_OF).find((t) => t.code === code)!
const reportCount = () => selectValue<number>(ctx.db, 'SELECT count(*) FROM progress_report').one()

describe('进展填报', () => {
  it('files a report, sets the percent, shows it as the latest in the ledger, one audit row', () => {
    const target = task('1.6')
    const { id } = addProgress(
      ctx,
      report(target, { percent: 80, problems: '部分村资金未到位', nextSteps: '督促验收' })
    )
    expect(row('1.6')).toMatchObject({
      percent: 80,
      latestReport: { date: AS_OF, text: '完成消防设施安装，正在组织验收', percent: 80 }
    })
    expect(listProgress(ctx, target).at(-1)).toMatchObject({
      id,
      problems: '部分村资金未到位',
      nextSteps: '督促验收',
      completes: false
    })
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'task', entityId: String(target.id), action: 'report' })
    expect(audit[0].summary).toBe('填报任务 1.6「实现城中村消防设施全覆盖」进展（2025-09-30，80%）')
  })

  it('keeps a back-dated report in the history without overriding the newer percent', () => {
    const target = task('1.6')
    const latest = readProgressTarget(ctx.db, target).latestReportDate!
    addProgress(ctx, report(target, { date: '2025-03-03', percent: 20 }))
    expect(row('1.6').percent).toBe(65)
    expect(row('1.6').latestReport!.date).toBe(latest)
    expect(listProgress(ctx, target).map((r) => r.date)).toContain('2025-03-03')
  })

  it('moves a 未启动 task to 推进中 with its first report', () => {
    addProgress(ctx, report(task('5.7'), { percent: 15 }))
    expect(row('5.7')).toMatchObject({ status: 'in-progress', percent: 15 })
  })
})

describe('办结 through a report', () => {
  it('records the report date as the completion date: 按期办结 before the deadline, 逾期办结 after', () => {
    addProgress(ctx, report(task('1.6'), { markDone: true }))
    expect(row('1.6')).toMatchObject({ status: 'done', percent: 100, completedDate: AS_OF })
    expect(row('1.6').light).toMatchObject({ outcome: 'on-time', label: '按期办结' })
    expect(listProgress(ctx, task('1.6')).at(-1)).toMatchObject({ percent: 100, completes: true })

    addProgress(ctx, report(task('5.7'), { markDone: true }))
    expect(row('5.7').light).toMatchObject({ outcome: 'late', label: '逾期办结' })
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(2)
    expect(audit[1].summary).toContain('标记办结，办结日期2025-09-30')
  })

  it('refuses what contradicts 办结, writing nothing', () => {
    const count = reportCount()
    expect(() => addProgress(ctx, report(task('1.6'), { markDone: true, percent: 80 }))).toThrow(
      '标记办结时完成进度应为100%，不能为80%'
    )
    expect(() => addProgress(ctx, report(task('1.1'), { markDone: true }))).toThrow(
      '任务 1.1「开展试点村出租屋消防安全隐患集中排查整治」已于2023-09-08办结，无需再次办结'
    )
    expect(() => addProgress(ctx, report(task('1.1'), { percent: 90 }))).toThrow('完成进度应为100%')
    expect(() => addProgress(ctx, report(task('1.6'), { markDone: true, date: '2024-12-31' }))).toThrow(
      /办结日期（2024-12-31）不能早于开始日期/
    )
    expect(reportCount()).toBe(count)
    expect(auditSince(ctx, since)).toHaveLength(0)
  })

  it('refuses reports on a task in 回收站', () => {
    const target = task('1.6')
    deleteTasks(ctx, [target.id])
    expect(() => addProgress(ctx, report(target))).toThrow('该任务在回收站中，请先恢复后再填报进展')
  })
})

describe('village items', () => {
  const open = () =>
    selectValue<number>(
      ctx.db,
      `SELECT vi.id FROM village_item vi WHERE vi.applicable = 1 AND vi.status = 'not-started'
          AND vi.deadline < '2025-09-30' ORDER BY vi.id LIMIT 1`
    ).one()
  const stored = (id: number) =>
    select<{ deadline: string; status: 'done'; percent: number; completedDate: string | null }>(
      ctx.db,
      'SELECT deadline, status, percent, completed_date AS completedDate FROM village_item WHERE id = ?'
    ).one(id)

  it('takes reports and 办结 like tasks, audited as village_item', () => {
    const id = open()
    addProgress(ctx, report({ kind: 'village-item', id }, { percent: 40 }))
    expect(stored(id)).toMatchObject({ status: 'in-progress', percent: 40 })
    addProgress(ctx, report({ kind: 'village-item', id }, { markDone: true }))
    const item = stored(id)
    expect(item).toMatchObject({ status: 'done', percent: 100, completedDate: AS_OF })
    expect(lightOf(item, AS_OF, ctx.calendar(), 3).label).toBe('逾期办结')
    const audit = auditSince(ctx, since)
    expect(audit.map((a) => [a.entity, a.entityId, a.action])).toEqual([
      ['village_item', String(id), 'report'],
      ['village_item', String(id), 'report']
    ])
    expect(audit[0].summary).toMatch(/^填报.+的治理事项“.+”进展（2025-09-30，40%）$/)
  })

  it('refuses an item that does not apply to the village', () => {
    const id = selectValue<number>(ctx.db, 'SELECT id FROM village_item WHERE applicable = 0 LIMIT 1').one()
    expect(() => addProgress(ctx, report({ kind: 'village-item', id }))).toThrow('已标为不适用，不能填报进展')
  })
})

describe('a report that came from a 填报 round', () => {
  it('names the round and the unit whose accepted return wrote it; a typed-in report names none', () => {
    const target = task('1.6')
    const round = openRound(ctx, {
      title: '2025年9月进展填报',
      asOf: AS_OF,
      openedOn: AS_OF,
      due: { mode: 'workdays', workdays: 5 },
      units: { mode: 'open' },
      itemKinds: ['tasks'],
      role: 'lead',
      contact: ''
    })
    const unit = selectValue<number>(
      ctx.db,
      'SELECT unit_id FROM round_item WHERE round_id = ? AND task_id = ? LIMIT 1'
    ).one(round.id, target.id)
    // What 采纳 leaves behind: an accepted return, and the report linked to it.
    const returnId = Number(
      ctx.db
        .prepare(
          `INSERT INTO round_return (round_id, unit_id, file_name, checksum, received_at, outcome, created_at)
           VALUES (?, ?, 'x.xlsx', ?, ?, 'accepted', '2025-09-30T10:00:00+08:00')`
        )
        .run(round.id, unit, 'a'.repeat(64), AS_OF).lastInsertRowid
    )
    const { id } = addProgress(ctx, report(target, { percent: 70 }))
    ctx.db
      .prepare('UPDATE progress_report SET round_id = ?, round_return_id = ? WHERE id = ?')
      .run(round.id, returnId, id)
    addProgress(ctx, report(target, { date: '2025-10-08', percent: 75 }))

    const unitName = selectValue<string>(ctx.db, 'SELECT name FROM unit WHERE id = ?').one(unit)
    const [fromRound, typedIn] = listProgress(ctx, target).slice(-2)
    expect(fromRound).toMatchObject({
      id,
      round: { id: round.id, title: '2025年9月进展填报', unit: unitName }
    })
    expect(typedIn.round).toBeNull()
  })
})
