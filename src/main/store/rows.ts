import type { IsoDate } from '../../shared/civil-date'
import type { ProblemState } from '../../shared/contract/assessment'
import type { NoticeKind } from '../../shared/contract/notice'
import type { RoundEntryKind, RoundRole } from '../../shared/contract/round'
import type {
  AreaLevel,
  CalendarDay,
  ItemCategory,
  PhaseKey,
  UnitKind,
  UnitRole,
  WorkStatus
} from '../../shared/domain'

/**
 * What SQL returns for each table, one row type per table, with the column names as stored. The one
 * place the data file's columns are spelled out in TypeScript: services pick from these (`Pick`,
 * `Row<'task'>['deadline']`, `CamelRow` for the usual `start_date AS startDate`) rather than declaring a
 * record again. Text columns a CHECK limits to a list carry the domain's union; INTEGER flags are 0 | 1
 * (SQLite has no boolean). store/rows.test.ts holds these against the migrated schema: every column, and
 * whether it may be NULL.
 */
export interface Tables {
  plan: {
    id: number
    name: string
    motto: string
    start_date: IsoDate
    end_date: IsoDate
  }
  phase: {
    id: number
    plan_id: number
    key: PhaseKey
    name: string
    year: number
    start_date: IsoDate
    end_date: IsoDate
  }
  area: {
    id: number
    parent_id: number | null
    level: AreaLevel
    name: string
    is_urban_village: 0 | 1
    sort_order: number
  }
  unit: {
    id: number
    name: string
    kind: UnitKind
    sort_order: number
    deleted_at: string | null
  }
  unit_alias: {
    alias: string
    unit_id: number
  }
  task: {
    id: number
    plan_id: number
    phase_id: number | null
    code: string | null
    group_name: string
    title: string
    measures: string
    leader: string
    area_id: number | null
    start_date: IsoDate | null
    deadline: IsoDate | null
    status: WorkStatus
    percent: number
    completed_date: IsoDate | null
    note: string
    sort_order: number
    created_at: string
    updated_at: string
    deleted_at: string | null
  }
  task_unit: {
    task_id: number
    unit_id: number
    role: UnitRole
    sort_order: number
  }
  governance_item: {
    id: number
    category: ItemCategory
    sort_order: number
    name: string
    standard: string
    default_unit_id: number | null
    is_sample: 0 | 1
    deleted_at: string | null
  }
  village_item: {
    id: number
    village_id: number
    item_id: number
    applicable: 0 | 1
    responsible_unit_id: number | null
    deadline: IsoDate | null
    status: WorkStatus
    percent: number
    completed_date: IsoDate | null
    note: string
    updated_at: string
  }
  /** A milestone or a progress report belongs to a task or a village item: exactly one is set. */
  milestone: {
    id: number
    task_id: number | null
    village_item_id: number | null
    seq: number
    title: string
    deadline: IsoDate
    duration_workdays: number | null
    status: 'open' | 'done'
    completed_date: IsoDate | null
  }
  progress_report: {
    id: number
    task_id: number | null
    village_item_id: number | null
    report_date: IsoDate
    text: string
    percent: number | null
    problems: string
    next_steps: string
    created_at: string
    /** The round and return an accepted 填报 row came from (migration 8). */
    round_id: number | null
    round_return_id: number | null
    evidence: string
    highlight: string
  }
  calendar_day: CalendarDay
  /** The years whose State Council notice is loaded; every other year is provisional (issue 14). */
  calendar_year: {
    year: number
    source: 'shipped' | 'imported'
  }
  setting: {
    key: string
    value: string
  }
  audit_log: {
    id: number
    at: string
    entity: string
    entity_id: string | null
    action: string
    summary: string
    /** JSON of the record before and after the change; null where there was none. */
    before: string | null
    after: string | null
  }
  import_mapping: {
    signature: string
    kind: string
    /** JSON arrays. */
    headers: string
    fields: string
    updated_at: string
  }
  /** The data file's own facts (migration 7): key 'file_id' names the file its backups belong to. */
  data_file_meta: {
    key: string
    value: string
  }
  briefing_issue: {
    id: number
    year: number
    issue_no: number
    as_of: IsoDate
    issued_on: IsoDate
    title: string
    /** JSON of the figures the issue printed. */
    figures: string
    problems: string
    next_steps: string
    created_at: string
    updated_at: string
  }
  notice: {
    id: number
    series: NoticeKind
    year: number
    seq: number
    number: string
    issued_on: IsoDate
    as_of: IsoDate
    unit_id: number | null
    unit_name: string
    title: string
    reply_due: IsoDate
    replied_on: IsoDate | null
    cites_notice_id: number | null
    created_at: string
  }
  notice_item: {
    notice_id: number
    seq: number
    kind: 'village-item' | 'task'
    village_item_id: number | null
    task_id: number | null
    title: string
    place: string
    deadline: IsoDate | null
    status_label: string
    supervision_count: number
  }
  round: {
    id: number
    title: string
    as_of: IsoDate
    opened_on: IsoDate
    due: IsoDate
    /** JSON array of RoundItemKind. */
    item_kinds: string
    role: RoundRole
    contact: string
    files_written_at: string | null
    created_at: string
  }
  round_unit: {
    round_id: number
    unit_id: number
    unit_name: string
    seq: number
  }
  round_item: {
    id: number
    round_id: number
    unit_id: number
    seq: number
    kind: RoundEntryKind
    task_id: number | null
    milestone_id: number | null
    village_item_id: number | null
    problem_id: number | null
    role: UnitRole
    code: string
    title: string
    start_date: IsoDate | null
    deadline: IsoDate | null
    light_label: string
    status: WorkStatus
    percent: number | null
    last_progress: string
  }
  round_return: {
    id: number
    round_id: number
    unit_id: number
    file_name: string
    checksum: string | null
    received_at: IsoDate
    outcome: 'received' | 'accepted' | 'returned'
    /** JSON array of ReturnProblem. */
    problems: string
    reason: string
    accepted_items: number
    reporter: string
    phone: string
    created_at: string
  }
  round_reminder: {
    id: number
    round_id: number
    unit_id: number | null
    unit_name: string
    year: number
    seq: number
    number: string
    issued_on: IsoDate
    as_of: IsoDate
    created_at: string
  }
  round_notice: {
    round_id: number
    year: number
    seq: number
    number: string
    issued_on: IsoDate
    created_at: string
  }
  assessment_scheme: {
    id: number
    year: number
    version: number
    name: string
    is_sample: 0 | 1
    /** JSON: AssessmentComponent[]. */
    components: string
    /** JSON: BoardRule. */
    boards: string
    repeat_multiplier: number
    created_at: string
  }
  assessment_node: {
    id: number
    scheme_id: number
    parent_id: number | null
    level: 1 | 2 | 3
    seq: number
    code: string
    name: string
    standard: string
    method: string | null
    object_type: string | null
    component: string | null
    max_score: number | null
    /** JSON: ScoringRule. */
    rule: string | null
    veto: 0 | 1
  }
  assessment_round: {
    id: number
    name: string
    year: number
    quarter: number
    scheme_id: number
    opened_on: IsoDate
    created_at: string
  }
  assessment_point: {
    id: number
    area_id: number
    name: string
    type: string
  }
  assessment_round_point: {
    round_id: number
    point_id: number
    /** JSON: component keys the point was assessed on. */
    components: string
  }
  assessment_finding: {
    id: number
    round_id: number
    point_id: number
    criterion_id: number
    source: 'import' | 'entry'
    passed: 0 | 1 | null
    deduction: number | null
    score: number | null
    value: number | null
    description: string
    location: string
    /** JSON: string[]. */
    photos: string
    found_by: string
    found_on: IsoDate | null
    is_repeat: 0 | 1
    /** Where it came from: 工作表!行 for an import, 录入 by hand. */
    origin: string
    created_at: string
  }
  assessment_survey: {
    round_id: number
    area_id: number
    component: string
    samples: number
    rate: number
  }
  assessment_problem: {
    id: number
    finding_id: number
    unit_id: number | null
    assigned_on: IsoDate | null
    deadline: IsoDate | null
    state: ProblemState
    rectification: string
    closed_on: IsoDate | null
    updated_at: string
  }
  assessment_problem_event: {
    id: number
    problem_id: number
    at: string
    on_date: IsoDate
    action: 'found' | 'assign' | 'progress' | 'request' | 'approve' | 'return'
    note: string
    round_return_id: number | null
  }
  assessment_bulletin: {
    id: number
    round_id: number
    year: number
    seq: number
    number: string
    issued_on: IsoDate
    as_of: IsoDate
    created_at: string
  }
  /** One 会议材料包 written (migration 10); `staging` is set until its files are in place. */
  meeting_pack: {
    id: number
    title: string
    meeting_date: IsoDate
    as_of: IsoDate
    snapshot_at: string
    folder: string
    staging: string | null
    /** JSON of the PackOptions the clerk chose. */
    options: string
    created_at: string
  }
}

export type TableName = keyof Tables

/** One row of a table, as `SELECT *` returns it. */
export type Row<T extends TableName> = Tables[T]

/** `start_date` → `startDate`: the name a column gets from the usual `AS` in a query. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

/** A row with camel-cased names, as `SELECT t.start_date AS startDate, …` returns it. */
export type Camel<R> = { [K in keyof R & string as CamelCase<K>]: R[K] }

/** Some columns of a table, each under its camel-cased name. */
export type CamelRow<T extends TableName, K extends keyof Tables[T]> = Camel<Pick<Tables[T], K>>

/** Some columns of a row as an array, in the order named: what a raw query (selectTuples) returns. */
export type Tuple<R, K extends readonly (keyof R)[]> = { -readonly [I in keyof K]: R[K[I]] }
