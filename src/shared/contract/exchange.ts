import { z } from 'zod'
import { id, isoDate } from '../schemas'
import { fileRef } from './file'
import { mutation, query } from './define'

/**
 * Excel 台账 in and out (issue 4). Reading is two steps: `exchange.preview` reads the file and says what
 * an import would do (nothing is written), `exchange.commit` does it in one transaction after a backup.
 * The commit reads the file again and refuses it if its bytes changed since the preview.
 */

/** tasks: the plan's task ledger; villages: village items in long form (区, 镇(街), 村(居), 治理事项, …). */
export const IMPORT_KINDS = ['tasks', 'villages'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const TASK_FIELDS = [
  'code',
  'group',
  'phase',
  'title',
  'measures',
  'leadUnits',
  'supportUnits',
  'leader',
  'startDate',
  'deadline',
  'status',
  'percent',
  'completedDate',
  'progress',
  'progressDate',
  'note'
] as const
export type TaskField = (typeof TASK_FIELDS)[number]

export const VILLAGE_FIELDS = [
  'district',
  'town',
  'village',
  'group',
  'item',
  'unit',
  'deadline',
  'status',
  'percent',
  'completedDate',
  'note'
] as const
export type VillageField = (typeof VILLAGE_FIELDS)[number]

export type ImportField = TaskField | VillageField
const ALL_FIELDS = [...new Set<string>([...TASK_FIELDS, ...VILLAGE_FIELDS])] as [
  ImportField,
  ...ImportField[]
]

/** The words the mapping step shows for each field (the first synonym a clerk would write). */
export const TASK_FIELD_LABEL: Record<TaskField, string> = {
  code: '编号',
  group: '分类',
  phase: '阶段',
  title: '工作任务',
  measures: '具体举措',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  leader: '责任领导',
  startDate: '开始时间',
  deadline: '完成时限',
  status: '状态',
  percent: '进度',
  completedDate: '完成日期',
  progress: '进展情况',
  progressDate: '进展日期',
  note: '备注'
}

export const VILLAGE_FIELD_LABEL: Record<VillageField, string> = {
  district: '区',
  town: '镇(街)',
  village: '村(居)',
  group: '村民小组(社)',
  item: '治理事项',
  unit: '责任单位',
  deadline: '完成时限',
  status: '状态',
  percent: '进度',
  completedDate: '完成日期',
  note: '备注'
}

export function fieldLabel(kind: ImportKind, field: ImportField): string {
  return kind === 'tasks'
    ? (TASK_FIELD_LABEL[field as TaskField] ?? field)
    : (VILLAGE_FIELD_LABEL[field as VillageField] ?? field)
}

/** One column of a sheet as the mapping step shows it. */
export interface SheetColumn {
  /** 1-based column number. */
  index: number
  /** A, B, … AA. */
  letter: string
  header: string
  field: ImportField | null
  /** Up to three values from the first data rows, so the clerk can check the mapping. */
  samples: string[]
}

export interface SheetMapping {
  sheet: string
  kind: ImportKind
  /** The header row (1-based); rows above it are title rows. */
  headerRow: number
  columns: SheetColumn[]
  /** auto: matched by header words; remembered: the clerk's mapping for these same headers; clerk: as just corrected. */
  source: 'auto' | 'remembered' | 'clerk'
  /** The year "X月X日前" takes in this sheet, and where it was read; null when the sheet gives none. */
  contextYear: { year: number; from: string } | null
  /** Things the clerk should know about how the sheet was read (Chinese). */
  notes: string[]
  /** Why the sheet cannot be imported as mapped (e.g. no task column); the clerk may correct the mapping. */
  problem: string | null
}

export interface SkippedSheet {
  sheet: string
  reason: string
}

export interface RowIssue {
  sheet: string
  /** 1-based Excel row number. */
  row: number
  /** Column letter, or null when the problem is the row as a whole. */
  column: string | null
  header: string | null
  message: string
}

export interface FieldChange {
  field: ImportField
  label: string
  before: string
  after: string
}

export type PreviewRowStatus = 'new' | 'changed' | 'unchanged' | 'error'

export interface PreviewRow {
  sheet: string
  row: number
  status: PreviewRowStatus
  /** What the row is: 1.3 实施城中村出租屋消防技术改造 / 东湖区·湖滨街道·塔头社 消防安全. */
  label: string
  /** For new rows, the main values in one line; empty otherwise. */
  summary: string
  /** For changed rows, field by field. */
  changes: FieldChange[]
  errors: RowIssue[]
}

export interface ImportPreview {
  kind: ImportKind
  fileName: string
  /** sha256 of the file's bytes: the commit refuses a file that changed after the preview. */
  fingerprint: string
  sheets: SheetMapping[]
  skippedSheets: SkippedSheet[]
  counts: { new: number; changed: number; unchanged: number; error: number }
  /** Rows passed over as the clerk would: blank, section headings (一、…), notes (备注：…), totals. */
  skippedRows: number
  rows: PreviewRow[]
  /** Unit names not yet known (by name or alias): created on commit. */
  newUnits: string[]
  /** Set when the data file has no plan yet: the commit creates it with its three phases. */
  createsPlan: string | null
}

export interface ImportResult {
  created: number
  updated: number
  unchanged: number
  /** Rows the clerk deselected. */
  excluded: number
  unitsCreated: string[]
  reportsAdded: number
  /** The backup taken just before the import (file name only). */
  backupFile: string
}

export interface ExportResult {
  rows: number
  fileName: string
}

const sheetName = z.string().min(1).max(31)

export const mappingOverride = z
  .object({
    sheet: sheetName,
    columns: z
      .array(
        z.object({ index: z.number().int().min(1).max(16384), field: z.enum(ALL_FIELDS).nullable() }).strict()
      )
      .max(200)
  })
  .strict()
export type MappingOverride = z.infer<typeof mappingOverride>

const importInput = {
  file: fileRef,
  kind: z.enum(IMPORT_KINDS),
  mappings: z.array(mappingOverride).max(50).default([]),
  /** The 统计截止日期: the date a progress text without its own date is reported on. */
  asOf: isoDate
}

export const exchangeContract = {
  'exchange.preview': query<ImportPreview>()(z.object(importInput).strict()),
  'exchange.commit': mutation<ImportResult>()(
    z
      .object({
        ...importInput,
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
        excludedRows: z
          .array(z.object({ sheet: sheetName, row: z.number().int().min(1).max(1_048_576) }).strict())
          .max(200_000)
          .default([])
      })
      .strict()
  ),
  'exchange.export': query<ExportResult>()(
    z
      .object({
        what: z.enum(['tasks', 'villages']),
        file: fileRef,
        asOf: isoDate,
        /** tasks: task ids; villages: urban village (area) ids, one per matrix row. null = everything. */
        rowIds: z.array(id).max(200_000).nullable().default(null)
      })
      .strict()
  )
}
