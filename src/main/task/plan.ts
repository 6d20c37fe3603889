import type { Database } from 'better-sqlite3'
import type { CamelRow } from '../store/rows'
import { select, selectValue } from '../store/typed-query'

/**
 * The plan new tasks belong to: the data file's first plan, or, in a file that has none yet (a new file
 * before any import), the 三年行动方案 with its three phases, so a clerk can start typing tasks at once.
 */
export function ensurePlan(db: Database): number {
  const existing = selectValue<number>(db, 'SELECT id FROM plan ORDER BY id LIMIT 1').get()
  if (existing !== undefined) return existing
  const planId = Number(
    db
      .prepare('INSERT INTO plan (name, motto, start_date, end_date) VALUES (?, ?, ?, ?)')
      .run(
        '城中村现代化治理三年行动方案（2023—2025年）',
        '一年试点、两年攻坚、三年全覆盖',
        '2023-01-01',
        '2025-12-31'
      ).lastInsertRowid
  )
  const phase = db.prepare(
    'INSERT INTO phase (plan_id, key, name, year, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)'
  )
  phase.run(planId, 'pilot', '试点', 2023, '2023-01-01', '2023-12-31')
  phase.run(planId, 'push', '攻坚', 2024, '2024-01-01', '2024-12-31')
  phase.run(planId, 'full-coverage', '全覆盖', 2025, '2025-01-01', '2025-12-31')
  return planId
}

/** "1.10" after "1.9": codes compare number by number, then as text. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(/[.\-、．]/)
  const pb = b.split(/[.\-、．]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1
    if (pb[i] === undefined) return 1
    const na = Number(pa[i])
    const nb = Number(pb[i])
    const diff = Number.isInteger(na) && Number.isInteger(nb) ? na - nb : pa[i].localeCompare(pb[i], 'zh-CN')
    if (diff !== 0) return diff
  }
  return 0
}

/**
 * Where a new task goes in plan order: right after the task with the largest code not above its own
 * (codes number the plan's sections across phases: 1.1 … 1.7 are all 一、消防安全), the later tasks moving
 * down one place; a task without a code goes last.
 */
export function makeRoomInPlanOrder(db: Database, planId: number, code: string | null): number {
  const tasks = select<CamelRow<'task', 'code' | 'sort_order'>>(
    db,
    'SELECT code, sort_order AS sortOrder FROM task WHERE plan_id = ? AND deleted_at IS NULL'
  ).all(planId)
  const last = tasks.reduce((max, t) => Math.max(max, t.sortOrder), 0)
  if (code === null) return last + 1
  const before = tasks.filter((t) => t.code !== null && compareCodes(t.code, code) <= 0)
  if (before.length === 0) {
    const first = tasks.reduce((min, t) => Math.min(min, t.sortOrder), Number.POSITIVE_INFINITY)
    if (!Number.isFinite(first)) return 1
    db.prepare('UPDATE task SET sort_order = sort_order + 1 WHERE plan_id = ? AND sort_order >= ?').run(
      planId,
      first
    )
    return first
  }
  const after = before.reduce((max, t) => Math.max(max, t.sortOrder), 0)
  db.prepare('UPDATE task SET sort_order = sort_order + 1 WHERE plan_id = ? AND sort_order > ?').run(
    planId,
    after
  )
  return after + 1
}
