import type { IsoDate } from '../../shared/civil-date'
import type { NoticeKind } from '../../shared/contract/notice'
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
  /** One 会议材料包 written (migration 8); `staging` is set until its files are in place. */
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
