import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'

const AT = '2025-10-01T09:00:00+08:00'

describe('migration 12: 测评问题 in reporting rounds', () => {
  it('rebuilds round_item and assessment_problem_event keeping every row, then takes the new kind and action', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 11))
    // A version-11 file's rows: a round asking a unit about a task and a village item, a problem with a
    // 复核退回 in its history (records the round once asked about may since be deleted: ids null).
    const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args)
    run(`INSERT INTO unit (id, name) VALUES (2, '市城管局')`)
    run(
      `INSERT INTO round (id, title, as_of, opened_on, due, item_kinds, role, created_at)
        VALUES (1, '2025年9月进展填报', '2025-09-30', '2025-09-30', '2025-10-13', '["tasks","village-items"]', 'lead', ?)`,
      AT
    )
    run(`INSERT INTO round_unit (round_id, unit_id, unit_name, seq) VALUES (1, 2, '市城管局', 1)`)
    run(
      `INSERT INTO round_item (id, round_id, unit_id, seq, kind, role, code, title, start_date, deadline,
          light_label, status, percent, last_progress)
        VALUES (7, 1, 2, 1, 'task', 'lead', 'T3', '背街小巷整治', '2025-01-01', '2025-12-31', '正常', 'in-progress', 40, '已完成设计')`
    )
    run(
      `INSERT INTO round_item (id, round_id, unit_id, seq, kind, role, title, status)
        VALUES (8, 1, 2, 2, 'village-item', 'lead', '某村 雨污分流', 'not-started')`
    )
    run(
      `INSERT INTO assessment_scheme (id, year, version, name, components, boards, created_at)
        VALUES (1, 2025, 1, '测评体系', '[]', '{}', ?)`,
      AT
    )
    run(
      `INSERT INTO assessment_node (id, scheme_id, level, seq, code, name) VALUES (1, 1, 1, 1, '1', '环境卫生')`
    )
    run(
      `INSERT INTO assessment_round (id, name, year, quarter, scheme_id, opened_on, created_at)
        VALUES (1, '2025年第三季度', 2025, 3, 1, '2025-09-01', ?)`,
      AT
    )
    run(`INSERT INTO area (id, level, name) VALUES (1, 'district', '东湖区')`)
    run(`INSERT INTO assessment_point (id, area_id, name, type) VALUES (1, 1, '湖滨主巷道', '背街小巷')`)
    run(
      `INSERT INTO assessment_finding (id, round_id, point_id, criterion_id, source, created_at)
        VALUES (1, 1, 1, 1, 'import', ?)`,
      AT
    )
    run(
      `INSERT INTO assessment_problem (id, finding_id, unit_id, assigned_on, deadline, state, updated_at)
        VALUES (9, 1, 2, '2025-10-09', '2025-10-22', 'rectifying', ?)`,
      AT
    )
    run(
      `INSERT INTO assessment_problem_event (id, problem_id, at, on_date, action, note)
        VALUES (4, 9, ?, '2025-10-09', 'return', '照片不清晰')`,
      AT
    )
    const before = {
      items: db.prepare('SELECT * FROM round_item ORDER BY id').all(),
      events: db.prepare('SELECT * FROM assessment_problem_event ORDER BY id').all()
    }

    migrate(db, migrations)
    expect(db.pragma('user_version', { simple: true })).toBe(12)
    expect(db.prepare('SELECT * FROM round_item ORDER BY id').all()).toEqual(
      (before.items as object[]).map((r) => ({ ...r, problem_id: null }))
    )
    expect(db.prepare('SELECT * FROM assessment_problem_event ORDER BY id').all()).toEqual(
      (before.events as object[]).map((r) => ({ ...r, round_return_id: null }))
    )
    const indexes = (table: string) =>
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"
        )
        .pluck()
        .all(table)
    expect(indexes('round_item')).toEqual([
      'round_item_milestone',
      'round_item_problem',
      'round_item_task',
      'round_item_unit',
      'round_item_village_item'
    ])
    expect(indexes('assessment_problem_event')).toEqual([
      'assessment_problem_event_problem',
      'assessment_problem_event_return'
    ])

    db.prepare(
      `INSERT INTO round_item (round_id, unit_id, seq, kind, problem_id, role, title, status)
        VALUES (1, 2, 3, 'problem', 9, 'lead', '湖滨主巷道：暴露垃圾', 'in-progress')`
    ).run()
    run(
      `INSERT INTO round_return (id, round_id, unit_id, file_name, checksum, received_at, outcome, created_at)
        VALUES (1, 1, 2, '回复.xlsx', ?, '2025-10-24', 'accepted', ?)`,
      'a'.repeat(64),
      AT
    )
    run(
      `INSERT INTO assessment_problem_event (problem_id, at, on_date, action, note, round_return_id)
        VALUES (9, ?, '2025-10-24', 'progress', '已清理一半', 1)`,
      AT
    )
    // The CHECKs still hold: a task row cannot name a problem, nor an event invent an action.
    expect(() =>
      db
        .prepare(
          `INSERT INTO round_item (round_id, unit_id, seq, kind, problem_id, role, title, status)
            VALUES (1, 2, 4, 'task', 9, 'lead', 'x', 'in-progress')`
        )
        .run()
    ).toThrow(/CHECK constraint failed/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO assessment_problem_event (problem_id, at, on_date, action) VALUES (9, ?, '2025-10-24', 'remind')`
        )
        .run(AT)
    ).toThrow(/CHECK constraint failed/)
    db.close()
  })
})
