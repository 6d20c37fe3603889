import { describe, expect, it } from 'vitest'
import { openMemoryDatabase } from './open-database'
import type { TableName, Tables } from './rows'
import { select } from './typed-query'

/**
 * rows.ts is what the services believe SQL returns; this holds it against the migrated schema. The object
 * below must name every column of every row type (TypeScript refuses a missing or extra one) and say
 * whether the type lets it be null, which TypeScript checks against rows.ts too; the test then compares
 * both with the tables the migrations build.
 */
type Nullability<T extends TableName> = {
  [K in keyof Tables[T]]-?: null extends Tables[T][K] ? 'null' : 'not null'
}

const DECLARED: { [T in TableName]: Nullability<T> } = {
  plan: { id: 'not null', name: 'not null', motto: 'not null', start_date: 'not null', end_date: 'not null' },
  phase: {
    id: 'not null',
    plan_id: 'not null',
    key: 'not null',
    name: 'not null',
    year: 'not null',
    start_date: 'not null',
    end_date: 'not null'
  },
  area: {
    id: 'not null',
    parent_id: 'null',
    level: 'not null',
    name: 'not null',
    is_urban_village: 'not null',
    sort_order: 'not null'
  },
  unit: { id: 'not null', name: 'not null', kind: 'not null', sort_order: 'not null', deleted_at: 'null' },
  unit_alias: { alias: 'not null', unit_id: 'not null' },
  task: {
    id: 'not null',
    plan_id: 'not null',
    phase_id: 'null',
    code: 'null',
    group_name: 'not null',
    title: 'not null',
    measures: 'not null',
    leader: 'not null',
    area_id: 'null',
    start_date: 'null',
    deadline: 'null',
    status: 'not null',
    percent: 'not null',
    completed_date: 'null',
    note: 'not null',
    sort_order: 'not null',
    created_at: 'not null',
    updated_at: 'not null',
    deleted_at: 'null'
  },
  task_unit: { task_id: 'not null', unit_id: 'not null', role: 'not null', sort_order: 'not null' },
  governance_item: {
    id: 'not null',
    category: 'not null',
    sort_order: 'not null',
    name: 'not null',
    standard: 'not null',
    default_unit_id: 'null',
    is_sample: 'not null',
    deleted_at: 'null'
  },
  village_item: {
    id: 'not null',
    village_id: 'not null',
    item_id: 'not null',
    applicable: 'not null',
    responsible_unit_id: 'null',
    deadline: 'null',
    status: 'not null',
    percent: 'not null',
    completed_date: 'null',
    note: 'not null',
    updated_at: 'not null'
  },
  milestone: {
    id: 'not null',
    task_id: 'null',
    village_item_id: 'null',
    seq: 'not null',
    title: 'not null',
    deadline: 'not null',
    duration_workdays: 'null',
    status: 'not null',
    completed_date: 'null'
  },
  progress_report: {
    id: 'not null',
    task_id: 'null',
    village_item_id: 'null',
    report_date: 'not null',
    text: 'not null',
    percent: 'null',
    problems: 'not null',
    next_steps: 'not null',
    created_at: 'not null',
    round_id: 'null',
    round_return_id: 'null',
    evidence: 'not null',
    highlight: 'not null'
  },
  calendar_day: { date: 'not null', kind: 'not null', name: 'not null' },
  calendar_year: { year: 'not null', source: 'not null' },
  setting: { key: 'not null', value: 'not null' },
  audit_log: {
    id: 'not null',
    at: 'not null',
    entity: 'not null',
    entity_id: 'null',
    action: 'not null',
    summary: 'not null',
    before: 'null',
    after: 'null'
  },
  import_mapping: {
    signature: 'not null',
    kind: 'not null',
    headers: 'not null',
    fields: 'not null',
    updated_at: 'not null'
  },
  data_file_meta: {
    key: 'not null',
    value: 'not null'
  },
  briefing_issue: {
    id: 'not null',
    year: 'not null',
    issue_no: 'not null',
    as_of: 'not null',
    issued_on: 'not null',
    title: 'not null',
    figures: 'not null',
    problems: 'not null',
    next_steps: 'not null',
    created_at: 'not null',
    updated_at: 'not null'
  },
  notice: {
    id: 'not null',
    series: 'not null',
    year: 'not null',
    seq: 'not null',
    number: 'not null',
    issued_on: 'not null',
    as_of: 'not null',
    unit_id: 'null',
    unit_name: 'not null',
    title: 'not null',
    reply_due: 'not null',
    replied_on: 'null',
    cites_notice_id: 'null',
    created_at: 'not null'
  },
  notice_item: {
    notice_id: 'not null',
    seq: 'not null',
    kind: 'not null',
    village_item_id: 'null',
    task_id: 'null',
    title: 'not null',
    place: 'not null',
    deadline: 'null',
    status_label: 'not null',
    supervision_count: 'not null'
  },
  round: {
    id: 'not null',
    title: 'not null',
    as_of: 'not null',
    opened_on: 'not null',
    due: 'not null',
    item_kinds: 'not null',
    role: 'not null',
    contact: 'not null',
    files_written_at: 'null',
    created_at: 'not null'
  },
  round_unit: { round_id: 'not null', unit_id: 'not null', unit_name: 'not null', seq: 'not null' },
  round_item: {
    id: 'not null',
    round_id: 'not null',
    unit_id: 'not null',
    seq: 'not null',
    kind: 'not null',
    task_id: 'null',
    milestone_id: 'null',
    village_item_id: 'null',
    problem_id: 'null',
    role: 'not null',
    code: 'not null',
    title: 'not null',
    start_date: 'null',
    deadline: 'null',
    light_label: 'not null',
    status: 'not null',
    percent: 'null',
    last_progress: 'not null'
  },
  round_return: {
    id: 'not null',
    round_id: 'not null',
    unit_id: 'not null',
    file_name: 'not null',
    checksum: 'null',
    received_at: 'not null',
    outcome: 'not null',
    problems: 'not null',
    reason: 'not null',
    accepted_items: 'not null',
    reporter: 'not null',
    phone: 'not null',
    created_at: 'not null'
  },
  round_reminder: {
    id: 'not null',
    round_id: 'not null',
    unit_id: 'null',
    unit_name: 'not null',
    year: 'not null',
    seq: 'not null',
    number: 'not null',
    issued_on: 'not null',
    as_of: 'not null',
    created_at: 'not null'
  },
  round_notice: {
    round_id: 'not null',
    year: 'not null',
    seq: 'not null',
    number: 'not null',
    issued_on: 'not null',
    created_at: 'not null'
  },
  assessment_scheme: {
    id: 'not null',
    year: 'not null',
    version: 'not null',
    name: 'not null',
    is_sample: 'not null',
    components: 'not null',
    boards: 'not null',
    repeat_multiplier: 'not null',
    created_at: 'not null'
  },
  assessment_node: {
    id: 'not null',
    scheme_id: 'not null',
    parent_id: 'null',
    level: 'not null',
    seq: 'not null',
    code: 'not null',
    name: 'not null',
    standard: 'not null',
    method: 'null',
    object_type: 'null',
    component: 'null',
    max_score: 'null',
    rule: 'null',
    veto: 'not null'
  },
  assessment_round: {
    id: 'not null',
    name: 'not null',
    year: 'not null',
    quarter: 'not null',
    scheme_id: 'not null',
    opened_on: 'not null',
    created_at: 'not null'
  },
  assessment_point: {
    id: 'not null',
    area_id: 'not null',
    name: 'not null',
    type: 'not null'
  },
  assessment_round_point: {
    round_id: 'not null',
    point_id: 'not null',
    components: 'not null'
  },
  assessment_finding: {
    id: 'not null',
    round_id: 'not null',
    point_id: 'not null',
    criterion_id: 'not null',
    source: 'not null',
    passed: 'null',
    deduction: 'null',
    score: 'null',
    value: 'null',
    description: 'not null',
    location: 'not null',
    photos: 'not null',
    found_by: 'not null',
    found_on: 'null',
    is_repeat: 'not null',
    origin: 'not null',
    created_at: 'not null'
  },
  assessment_survey: {
    round_id: 'not null',
    area_id: 'not null',
    component: 'not null',
    samples: 'not null',
    rate: 'not null'
  },
  assessment_problem: {
    id: 'not null',
    finding_id: 'not null',
    unit_id: 'null',
    assigned_on: 'null',
    deadline: 'null',
    state: 'not null',
    rectification: 'not null',
    closed_on: 'null',
    updated_at: 'not null'
  },
  assessment_problem_event: {
    id: 'not null',
    problem_id: 'not null',
    at: 'not null',
    on_date: 'not null',
    action: 'not null',
    note: 'not null',
    round_return_id: 'null'
  },
  assessment_bulletin: {
    id: 'not null',
    round_id: 'not null',
    year: 'not null',
    seq: 'not null',
    number: 'not null',
    issued_on: 'not null',
    as_of: 'not null',
    created_at: 'not null'
  },
  meeting_pack: {
    id: 'not null',
    title: 'not null',
    meeting_date: 'not null',
    as_of: 'not null',
    snapshot_at: 'not null',
    folder: 'not null',
    staging: 'null',
    options: 'not null',
    created_at: 'not null'
  }
}

describe('the row types of store/rows.ts', () => {
  const db = openMemoryDatabase()
  const schemaTables = select<{ name: string }>(
    db,
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
  )
    .all()
    .map((t) => t.name)

  it('declare every table of the schema, and no other', () => {
    expect(Object.keys(DECLARED).sort()).toEqual(schemaTables)
  })

  it.each(schemaTables)('%s: the same columns, null where the schema allows NULL', (table) => {
    const columns = select<{ name: string; notnull: 0 | 1; pk: number }>(
      db,
      'SELECT * FROM pragma_table_info(?)'
    )
      .all(table)
      .map((c) => [c.name, c.notnull === 1 || c.pk > 0 ? 'not null' : 'null'])
    expect(Object.fromEntries(columns)).toEqual(DECLARED[table as TableName])
  })
})
