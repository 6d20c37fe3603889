import { z } from 'zod'
import { id, isoDate } from '../schemas'
import { fileRef } from './file'
import { mutation, query } from './define'

/**
 * Excel 台账 in and out (issue 4). Reading is two steps: `exchange.preview` reads the file and says what
 * an import would do (nothing is written), `exchange.commit` does it in one transaction after a backup.
 * The commit reads the file again and refuses it if its bytes changed since the preview.
 */

/**
 * The name of an import kind (tasks: the plan's task ledger; villages: village items in long form, …).
 * The main process keeps the kinds (exchange/kinds/registry.ts) and refuses a name it does not know;
 * `exchange.kinds` tells the wizard what each kind reads.
 */
export type ImportKind = string
/** A field of an import kind (title, deadline …), as the kind declares it. */
export type ImportField = string

export interface ImportKindField {
  field: ImportField
  /** The word the mapping step shows (the first synonym a clerk would write). */
  label: string
  /** A sheet without a column for it cannot be imported as this kind. */
  required: boolean
}

/** What an import kind declares, for the wizard and the CLI. */
export interface ImportKindInfo {
  kind: ImportKind
  /** What the sheet is: 任务台账, 村治理事项. */
  title: string
  /** The toolbar button: 导入台账. */
  importLabel: string
  fields: ImportKindField[]
  /** The export that reads back as this kind: its button and what its rows count; null when none. */
  export: { label: string; counted: string } | null
}

/** A field's label as the kind declares it; the field's own name when the kind has no such field. */
export function fieldLabel(info: ImportKindInfo, field: ImportField): string {
  return info.fields.find((f) => f.field === field)?.label ?? field
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
  /** The day the sheet reports on (填报日期 above the header, a full date in the title), and where it was read. */
  sheetDate: { date: string; from: string } | null
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

/** A doubt about a row that does not stop the import, with the one-click correction the kind offers for it. */
export interface RowWarning {
  message: string
  /** The correction (a name the commit honours, as the kind declares it) and its button; null: none. */
  fix: {
    name: string
    label: string
    /** What the rows offering it have in common, for the preview's summary. */ why: string
  } | null
}

/** A correction the clerk chose for one row (e.g. 标为已办结): sent with the preview and the commit. */
export interface RowFix {
  sheet: string
  row: number
  fix: string
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
  warnings: RowWarning[]
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
  /** Progress records the kept rows would add. */
  reportsAdded: number
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

/**
 * Where a running import is, for the wizard's progress bar (exchange.progress). Stages come in this order:
 * load (opening the workbook: rows not yet known), read (rows below the header read and classified, counted
 * as they go), check (the rows matched against the data file), backup, write (the one transaction). A stage
 * that runs as one synchronous step is not `counted`: its done jumps from 0 to total when it ends, so the
 * bar shows it running with its row count instead of inventing a fraction.
 */
export type ImportStage = 'load' | 'read' | 'check' | 'backup' | 'write'

export interface ImportProgress {
  job: 'preview' | 'commit'
  stage: ImportStage
  /** Rows done in this stage. */
  done: number
  /** Rows the stage works through; 0 while unknown (load, backup). */
  total: number
  counted: boolean
}

export interface ExportResult {
  rows: number
  fileName: string
}

const sheetName = z.string().min(1).max(31)
/** The shape of a kind's or a field's name; whether the kind or field exists is the registry's to say. */
const kindName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '导入类型应为英文小写名称，如 tasks' })
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { error: '字段名应为英文名称，如 title' })

export const mappingOverride = z
  .object({
    sheet: sheetName,
    columns: z
      .array(z.object({ index: z.number().int().min(1).max(16384), field: fieldName.nullable() }).strict())
      .max(200)
  })
  .strict()
export type MappingOverride = z.infer<typeof mappingOverride>

const importInput = {
  file: fileRef,
  kind: kindName,
  mappings: z.array(mappingOverride).max(50).default([]),
  /** The 统计截止日期: the date a progress text without its own date is reported on. */
  asOf: isoDate,
  /** The corrections the clerk chose in the preview (the kind says which exist); the commit honours them. */
  fixes: z
    .array(
      z.object({ sheet: sheetName, row: z.number().int().min(1).max(1_048_576), fix: fieldName }).strict()
    )
    .max(200_000)
    .default([]),
  /** What a kind needs besides the file (the round an `assessments` workbook belongs to, 覆盖); the kind says which. */
  options: z.record(fieldName, z.string().max(200)).default({})
}

export const exchangeContract = {
  'exchange.kinds': query<ImportKindInfo[]>()(z.object({}).strict()),
  'exchange.preview': query<ImportPreview>()(z.object(importInput).strict()),
  /** The import running now in this window's data file (preview or commit), or null when none runs. */
  'exchange.progress': query<ImportProgress | null>()(z.object({}).strict()),
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
        /** An import kind that has an export counterpart (its round trip). */
        what: kindName,
        file: fileRef,
        asOf: isoDate,
        /** The rows the grid shows (tasks: task ids; villages: urban village ids). null = everything. */
        rowIds: z.array(id).max(200_000).nullable().default(null)
      })
      .strict()
  )
}
