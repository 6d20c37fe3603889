import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { IsoDate } from '../../shared/civil-date'
import type {
  ImportPreview,
  RowFix,
  ImportResult,
  MappingOverride,
  PreviewRow,
  RowIssue,
  SheetMapping
} from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { takeBackup } from '../backup/backup-service'
import { dataStamp } from '../store/data-stamp'
import { planImport, planImportInTurns, type KindImportPlan } from './import-plan'
import { ImportProgressReport } from './import-progress'
import { previewOf } from './import-preview'
import type { PlannedRow } from './kinds/import-kind'
import { openLedger, type LedgerFile } from './ledger-file'
import { rememberMapping } from './mapping-store'

export interface ImportRequest {
  file: string
  /** An import kind's name (kinds/registry.ts refuses one it does not know). */
  kind: string
  mappings: MappingOverride[]
  /** The 统计截止日期: a progress text without its own date is reported on it. */
  asOf: IsoDate
  /** The clerk's one-click corrections from the preview (kinds declare them); none from the CLI. */
  fixes?: RowFix[]
  /** What the kind needs besides the file (kinds/import-kind.ts#KindOptions). */
  options?: Record<string, string>
}

/** The bytes of a file the clerk chose (a handle from a dialog or an upload), checked for its purpose. */
export async function chosenLedger(ctx: AppContext, ref: string): Promise<{ bytes: Buffer; name: string }> {
  const path = ctx.files.resolve(ref, 'input', ['ledger-xlsx'])
  return { bytes: await readFile(path), name: basename(path) }
}

/** exchange.preview: what an import would do; nothing is written. */
export async function previewImport(ctx: AppContext, request: ImportRequest): Promise<ImportPreview> {
  const progress = new ImportProgressReport(ctx, 'preview')
  try {
    const { bytes, name } = await chosenLedger(ctx, request.file)
    const file = await openLedger(bytes, name, request.kind)
    const plan = await planImportInTurns(
      ctx.db,
      file,
      request.mappings,
      request.asOf,
      request.fixes ?? [],
      request.options ?? {},
      progress
    )
    return previewOf(plan)
  } finally {
    progress.end()
  }
}

export interface CommitRequest extends ImportRequest {
  fingerprint: string
  excludedRows: { sheet: string; row: number }[]
}

/** exchange.commit: reads the file again, takes a backup, then writes every kept row in one transaction. */
export async function commitImport(ctx: AppContext, request: CommitRequest): Promise<ImportResult> {
  const progress = new ImportProgressReport(ctx, 'commit')
  try {
    const { bytes, name } = await chosenLedger(ctx, request.file)
    const file = await openLedger(bytes, name, request.kind)
    if (file.fingerprint !== request.fingerprint) {
      throw new UserError('conflict', `“${name}”在预览之后被修改过，请重新选择文件并预览后再导入。`)
    }
    return await commitLedger(ctx, file, request, progress)
  } finally {
    progress.end()
  }
}

/**
 * The commit proper, shared by the wizard and the CLI: refuses while any kept row has an error (so nothing
 * is half-imported), backs the data file up, then re-plans and writes inside one transaction.
 */
export async function commitLedger(
  ctx: AppContext,
  file: LedgerFile,
  request: Pick<CommitRequest, 'mappings' | 'excludedRows' | 'asOf' | 'fixes' | 'options'>,
  progress = new ImportProgressReport(null, 'commit')
): Promise<ImportResult> {
  const excluded = new Set(request.excludedRows.map((r) => rowKey(r.sheet, r.row)))
  const planned = await planImportInTurns(
    ctx.db,
    file,
    request.mappings,
    request.asOf,
    request.fixes ?? [],
    request.options ?? {},
    progress
  )
  const keptAsPlanned = assertImportable(planned, excluded)
  // Stamped in the same turn as the plan's reads: any write from here on makes the transaction plan again.
  const plannedAt = dataStamp(ctx.db)
  await progress.enter('backup', 0, false)
  const backup = (await takeBackup(ctx, 'import')).name
  // The write is one transaction (all or nothing), so nothing can be counted during it: the stage shows
  // how many rows it writes and the bar runs until it ends.
  await progress.enter('write', keptAsPlanned.size, false)
  await progress.showBeforeBlocking()
  return ctx.db.transaction(() => {
    // The plan stands if nothing was written while the backup ran (by this process or another one);
    // otherwise it is worked out again, inside the transaction, from what the data file holds now.
    const unchanged = dataStamp(ctx.db) === plannedAt
    const plan: KindImportPlan = unchanged
      ? planned
      : planImport(ctx.db, file, request.mappings, request.asOf, request.fixes, request.options)
    const kept = unchanged ? keptAsPlanned : assertImportable(plan, excluded)
    const applied = plan.planned.apply(
      ctx.db,
      ctx.clock,
      plan.rows.filter((r) => kept.has(r))
    )
    for (const sheet of plan.sheets) {
      if (sheet.source !== 'clerk' || sheet.problem) continue
      rememberMapping(ctx.db, ctx.clock, {
        signature: sheet.signature,
        kind: plan.kind,
        headers: sheet.columns.map((c) => c.header),
        fields: sheet.fields
      })
    }
    const result: ImportResult = {
      created: applied.created,
      updated: applied.updated,
      unchanged: applied.unchanged,
      excluded: plan.rows.length - kept.size,
      unitsCreated: applied.unitsCreated,
      reportsAdded: applied.reportsAdded,
      backupFile: backup
    }
    writeAudit(ctx.db, ctx.clock, {
      entity: 'import',
      entityId: file.fingerprint.slice(0, 16),
      action: 'import',
      summary:
        `导入${file.kind.info.title}“${file.fileName}”：新增${result.created}项、修改${result.updated}项、未变${result.unchanged}项` +
        (result.excluded ? `、未勾选${result.excluded}行` : '') +
        (result.unitsCreated.length ? `，新建单位${result.unitsCreated.length}个` : '') +
        applied.summaryTail,
      after: {
        file: file.fileName,
        fingerprint: file.fingerprint,
        sheets: plan.sheets.map((s) => ({ sheet: s.sheet.name, headerRow: s.headerRow, mapping: s.source })),
        ...result
      }
    })
    return result
  })()
}

/**
 * The rows to write: every row the clerk kept. Refuses (nothing written) when no sheet can be read or a
 * kept row has an error; the message names the first errors with their sheet, row and column.
 */
export function assertImportable(plan: KindImportPlan, excluded: ReadonlySet<string>): Set<PlannedRow> {
  const kept = new Set<PlannedRow>()
  const errors: RowIssue[] = []
  for (const row of plan.rows) {
    if (excluded.has(rowKey(row.draft.sheet, row.draft.row))) continue
    kept.add(row)
    if (row.status === 'error') errors.push(...row.draft.errors)
  }
  const sheets = plan.sheets.map((s) => ({ sheet: s.sheet.name, problem: s.problem }))
  const refusal = importRefusal(plan.file.fileName, sheets, errors)
  if (refusal) throw refusal
  return kept
}

/** The same judgement on a preview, every row kept: what `import --dry-run` answers. */
export function previewRefusal(preview: ImportPreview): UserError | null {
  return importRefusal(
    preview.fileName,
    preview.sheets,
    preview.rows.flatMap((r: PreviewRow) => r.errors)
  )
}

function importRefusal(
  fileName: string,
  sheets: readonly Pick<SheetMapping, 'sheet' | 'problem'>[],
  errors: readonly RowIssue[]
): UserError | null {
  if (!sheets.some((s) => !s.problem)) {
    const reasons = sheets.map((s) => `工作表“${s.sheet}”${s.problem}`).join('；')
    return new UserError('file-refused', `“${fileName}”无法导入，未导入任何内容：${reasons}`)
  }
  if (errors.length === 0) return null
  const rows = new Set(errors.map((e) => rowKey(e.sheet, e.row))).size
  return new UserError(
    'invalid-input',
    `有${rows}行有误，未导入任何内容：${errors.slice(0, 5).map(describeIssue).join('；')}` +
      `${errors.length > 5 ? `；另有${errors.length - 5}处` : ''}。请改正表格后重新导入，或在预览中取消勾选这些行。`,
    { errors: errors.slice(0, 200) }
  )
}

export function describeIssue(issue: RowIssue): string {
  const column = issue.column ? ` ${issue.column}列${issue.header ? `（${issue.header}）` : ''}` : ''
  return `工作表“${issue.sheet}”第${issue.row}行${column}：${issue.message}`
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0001${row}`
}
